package org.convolve.sandbox;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.security.SecureRandom;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.launch.NrpsEndpoint;

/**
 * The sandbox's OAuth 2 token endpoint for LTI services: client credentials with a JWT client
 * assertion, checked against the tool's JWKS fetched over HTTP, as Moodle and Canvas do.
 */
final class SandboxTokens {
    static final Set<String> SCOPES = Set.of(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_LINEITEM_READONLY,
            AgsEndpoint.SCOPE_RESULT_READONLY, AgsEndpoint.SCOPE_SCORE, NrpsEndpoint.SCOPE);
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    private static final Duration TOKEN_LIFETIME = Duration.ofHours(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    record Issued(Set<String> scopes, Instant expiresAt) {
    }

    /** The endpoint's answer: an HTTP status and an OAuth JSON body. */
    record Answer(int status, Map<String, Object> body) {
    }

    private final String tokenUrl;
    private final Clock clock;
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    private final Map<String, Instant> usedJtis = new ConcurrentHashMap<>();
    private final Map<String, Issued> tokens = new ConcurrentHashMap<>();

    SandboxTokens(String tokenUrl, URI toolJwks, Clock clock) {
        this.tokenUrl = tokenUrl;
        this.clock = clock;
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(toolJwks.toURL(),
                            new DefaultResourceRetriever(5_000, 5_000, 256 * 1024))
                    .cache(Duration.ofMinutes(5).toMillis(), 5_000).rateLimited(false).retrying(false)
                    .refreshAheadCache(false).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a usable JWKS URL: " + toolJwks, e);
        }
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // Claims are checked below, one by one, to give the tool a precise answer.
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
    }

    Answer issue(Map<String, List<String>> form) {
        if (!"client_credentials".equals(first(form, "grant_type"))) {
            return error(400, "unsupported_grant_type", "grant_type must be client_credentials.");
        }
        if (!ASSERTION_TYPE.equals(first(form, "client_assertion_type"))) {
            return error(400, "invalid_request", "client_assertion_type must be " + ASSERTION_TYPE + ".");
        }
        String assertion = first(form, "client_assertion");
        if (assertion == null) {
            return error(400, "invalid_request", "client_assertion is missing.");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(SignedJWT.parse(assertion), null);
        } catch (ParseException e) {
            return error(400, "invalid_request", "client_assertion is not a signed JWT.");
        } catch (BadJOSEException e) {
            return error(401, "invalid_client", "The client assertion's signature does not verify against the"
                    + " tool's JWKS: " + e.getMessage());
        } catch (com.nimbusds.jose.JOSEException e) {
            return error(401, "invalid_client", "The tool's JWKS could not be used: " + e.getMessage());
        }
        Optional<String> problem = problemWith(claims);
        if (problem.isPresent()) {
            return error(401, "invalid_client", problem.get());
        }
        String scope = first(form, "scope");
        Set<String> asked = scope == null ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        if (asked.isEmpty() || !SCOPES.containsAll(asked)) {
            return error(400, "invalid_scope", "Ask for one or more of: " + String.join(" ", SCOPES) + ".");
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tokens.put(token, new Issued(Set.copyOf(asked), clock.instant().plus(TOKEN_LIFETIME)));
        return new Answer(200, Map.of("access_token", token, "token_type", "Bearer",
                "expires_in", TOKEN_LIFETIME.toSeconds(), "scope", String.join(" ", asked)));
    }

    private Optional<String> problemWith(JWTClaimsSet claims) {
        Instant now = clock.instant();
        if (!SandboxPlatform.CLIENT_ID.equals(claims.getIssuer()) || !SandboxPlatform.CLIENT_ID.equals(claims.getSubject())) {
            return Optional.of("iss and sub must both be the client id " + SandboxPlatform.CLIENT_ID + ".");
        }
        if (claims.getAudience() == null || !claims.getAudience().contains(tokenUrl)) {
            return Optional.of("aud must be the token URL " + tokenUrl + ".");
        }
        if (claims.getExpirationTime() == null || !claims.getExpirationTime().toInstant().isAfter(now)) {
            return Optional.of("The client assertion has expired or has no exp.");
        }
        if (claims.getExpirationTime().toInstant().isAfter(now.plus(Duration.ofHours(1)))) {
            return Optional.of("The client assertion lives too long (exp more than an hour ahead).");
        }
        String jti = claims.getJWTID();
        if (jti == null || jti.isBlank()) {
            return Optional.of("The client assertion has no jti.");
        }
        usedJtis.values().removeIf(expiry -> expiry.isBefore(now));
        if (usedJtis.putIfAbsent(jti, claims.getExpirationTime().toInstant()) != null) {
            return Optional.of("The client assertion's jti was already used.");
        }
        return Optional.empty();
    }

    /** Empty when the bearer token is live and grants the scope; else the status and reason to answer. */
    Optional<Answer> refuse(String authorization, String scope) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.of(error(401, "invalid_token", "An Authorization: Bearer token is required."));
        }
        Issued issued = tokens.get(authorization.substring(7).trim());
        if (issued == null || !issued.expiresAt().isAfter(clock.instant())) {
            return Optional.of(error(401, "invalid_token", "The access token is unknown or has expired."));
        }
        if (!issued.scopes().contains(scope)) {
            return Optional.of(error(403, "insufficient_scope", "The access token does not grant " + scope + "."));
        }
        return Optional.empty();
    }

    /** Forgets every issued token, as a platform does when it rotates or revokes them. */
    void revokeAll() {
        tokens.clear();
    }

    private static Answer error(int status, String code, String description) {
        return new Answer(status, Map.of("error", code, "error_description", description));
    }

    private static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}

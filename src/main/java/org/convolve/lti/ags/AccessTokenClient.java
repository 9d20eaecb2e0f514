package org.convolve.lti.ags;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.oauth2.sdk.AccessTokenResponse;
import com.nimbusds.oauth2.sdk.ClientCredentialsGrant;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.JWTAuthenticationClaimsSet;
import com.nimbusds.oauth2.sdk.auth.PrivateKeyJWT;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Audience;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.JWTID;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.registration.Platform;

/**
 * Access tokens for LTI Advantage services, by the client-credentials grant with a JWT client
 * assertion signed by the tool's key (1EdTech Security Framework §4.1). Tokens are cached per
 * (platform, client, scopes) and refreshed a little before they expire.
 */
public final class AccessTokenClient {
    static final Duration ASSERTION_LIFETIME = Duration.ofMinutes(5);
    private static final Duration REFRESH_MARGIN = Duration.ofSeconds(60);

    private final ToolKeys keys;
    private final ServiceHttp http;
    private final Clock clock;
    private final Runnable onFetch;
    private final Map<CacheKey, AccessToken> cache = new ConcurrentHashMap<>();

    private record CacheKey(String issuer, String clientId, String tokenEndpoint, Set<String> scopes) {
    }

    /** @param onFetch called once per token actually requested from a platform (for metrics) */
    public AccessTokenClient(ToolKeys keys, ServiceHttp http, Clock clock, Runnable onFetch) {
        this.keys = keys;
        this.http = http;
        this.clock = clock;
        this.onFetch = onFetch;
    }

    public AccessToken token(Platform platform, Set<String> scopes) throws ServiceUnreachable, ServiceRefusal {
        CacheKey key = keyOf(platform, scopes);
        AccessToken cached = cache.get(key);
        if (cached != null && clock.instant().isBefore(cached.refreshAt())) {
            return cached;
        }
        AccessToken fresh = fetch(platform, key.scopes());
        cache.put(key, fresh);
        return fresh;
    }

    /** Drops a cached token the platform no longer accepts, so the next call fetches a new one. */
    public void forget(Platform platform, Set<String> scopes) {
        cache.remove(keyOf(platform, scopes));
    }

    private AccessToken fetch(Platform platform, Set<String> scopes) throws ServiceUnreachable, ServiceRefusal {
        TokenRequest request = new TokenRequest(platform.tokenEndpoint(), assertion(platform),
                new ClientCredentialsGrant(), new Scope(scopes.toArray(String[]::new)));
        onFetch.run();
        ServiceResponse response = http.send(HttpRequest.newBuilder(platform.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(request.toHTTPRequest().getBody())));
        TokenResponse parsed;
        try {
            HTTPResponse nimbus = new HTTPResponse(response.status());
            response.headers().firstValue("Content-Type").ifPresent(type -> {
                try {
                    nimbus.setContentType(type);
                } catch (ParseException ignored) {
                    // An unreadable content type is reported below as an unreadable answer.
                }
            });
            nimbus.setBody(response.body());
            parsed = TokenResponse.parse(nimbus);
        } catch (ParseException e) {
            // Moodle answers 404 with an HTML page when it cannot fetch the tool's JWKS.
            throw ServiceRefusal.byTokenEndpoint("The token endpoint answered HTTP " + response.status()
                    + " without a usable OAuth answer; the platform may be unable to fetch the tool's JWKS"
                    + " or the registration may be wrong.", response);
        }
        if (!parsed.indicatesSuccess()) {
            TokenErrorResponse error = parsed.toErrorResponse();
            String code = error.getErrorObject() == null ? "unknown" : error.getErrorObject().getCode();
            String description = error.getErrorObject() == null ? null : error.getErrorObject().getDescription();
            throw ServiceRefusal.byTokenEndpoint("The token endpoint refused the tool (HTTP " + response.status() + ", "
                    + code + (description == null ? "" : ": " + description) + ").", response);
        }
        AccessTokenResponse success = parsed.toSuccessResponse();
        long lifetime = success.getTokens().getAccessToken().getLifetime();
        Duration life = Duration.ofSeconds(lifetime > 0 ? lifetime : 3600);
        Duration margin = life.compareTo(REFRESH_MARGIN.multipliedBy(2)) > 0 ? REFRESH_MARGIN : life.dividedBy(2);
        return new AccessToken(success.getTokens().getAccessToken().getValue(),
                clock.instant().plus(life).minus(margin));
    }

    private PrivateKeyJWT assertion(Platform platform) {
        Instant now = clock.instant();
        JWTAuthenticationClaimsSet claims = new JWTAuthenticationClaimsSet(
                new ClientID(platform.clientId()),
                List.of(new Audience(platform.tokenEndpoint().toString())),
                Date.from(now.plus(ASSERTION_LIFETIME)),
                null,
                Date.from(now),
                new JWTID());
        RSAKey key = keys.signingKey();
        try {
            return new PrivateKeyJWT(claims, JWSAlgorithm.RS256, key.toRSAPrivateKey(), key.getKeyID(), null);
        } catch (JOSEException e) {
            throw new IllegalStateException("The tool could not sign a client assertion", e);
        }
    }

    private static CacheKey keyOf(Platform platform, Set<String> scopes) {
        return new CacheKey(platform.issuer(), platform.clientId(), platform.tokenEndpoint().toString(),
                Collections.unmodifiableSortedSet(new TreeSet<>(scopes)));
    }
}

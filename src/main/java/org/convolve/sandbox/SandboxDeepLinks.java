package org.convolve.sandbox;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.convolve.lti.LtiClaims;

/**
 * The platform side of deep linking: the {@code data} value each request carries, and the
 * checks a platform makes on the tool's LtiDeepLinkingResponse before it adds any link.
 */
final class SandboxDeepLinks {
    private final String issuer;
    private final Clock clock;
    private final Set<String> openRequests = ConcurrentHashMap.newKeySet();
    private final DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();

    /** A response that passed every check: its content items as JSON-like maps. */
    record Verified(List<Map<String, Object>> items, String message) {
    }

    static final class Rejected extends Exception {
        Rejected(String message) {
            super(message);
        }
    }

    SandboxDeepLinks(String issuer, URI toolJwks, Clock clock) {
        this.issuer = issuer;
        this.clock = clock;
        JWKSource<SecurityContext> keys;
        try {
            keys = JWKSourceBuilder.<SecurityContext>create(toolJwks.toURL(),
                    new DefaultResourceRetriever(5_000, 5_000, 256 * 1024)).retrying(false).build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a usable JWKS URL: " + toolJwks, e);
        }
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        processor.setJWTClaimsSetVerifier((claims, context) -> { });
    }

    /** A fresh opaque value for a request's {@code data}; the response must echo it once. */
    String openRequest() {
        String data = UUID.randomUUID().toString();
        openRequests.add(data);
        return data;
    }

    @SuppressWarnings("unchecked")
    Verified verify(String jwt) throws Rejected {
        if (jwt == null || jwt.isBlank()) {
            throw new Rejected("The deep-linking response must be posted as the JWT form field.");
        }
        JWTClaimsSet claims;
        try {
            claims = processor.process(SignedJWT.parse(jwt), null);
        } catch (Exception e) {
            throw new Rejected("The response's signature does not verify against the tool's JWKS: " + e.getMessage());
        }
        Instant now = clock.instant();
        require(SandboxPlatform.CLIENT_ID.equals(claims.getIssuer()), "iss must be the client id " + SandboxPlatform.CLIENT_ID);
        require(claims.getAudience() != null && claims.getAudience().contains(issuer), "aud must be the platform " + issuer);
        require(claims.getIssueTime() != null && !claims.getIssueTime().toInstant().isAfter(now.plusSeconds(60)),
                "iat is missing or in the future");
        require(claims.getExpirationTime() != null && claims.getExpirationTime().toInstant().isAfter(now),
                "exp is missing or has passed");
        require(claims.getClaim("nonce") instanceof String nonce && !nonce.isBlank(), "nonce is missing");
        require(LtiClaims.DEEP_LINKING_RESPONSE.equals(claims.getClaim(LtiClaims.MESSAGE_TYPE)),
                "message_type must be " + LtiClaims.DEEP_LINKING_RESPONSE);
        require(LtiClaims.LTI_VERSION.equals(claims.getClaim(LtiClaims.VERSION)), "version must be 1.3.0");
        require(SandboxPlatform.DEPLOYMENT_ID.equals(claims.getClaim(LtiClaims.DEPLOYMENT_ID)),
                "deployment_id must be " + SandboxPlatform.DEPLOYMENT_ID);
        Object data = claims.getClaim(LtiClaims.DEEP_LINKING_DATA);
        require(data instanceof String value && openRequests.remove(value),
                "data must echo the request's value (once)");
        Object items = claims.getClaim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS);
        require(items == null || items instanceof List<?>, "content_items must be an array");
        List<Map<String, Object>> list = items == null ? List.of() : (List<Map<String, Object>>) items;
        for (Map<String, Object> item : list) {
            require("ltiResourceLink".equals(item.get("type")), "the request accepted only ltiResourceLink items");
        }
        require(list.size() <= 1, "the request did not accept multiple items");
        Object message = claims.getClaim(LtiClaims.DEEP_LINKING_MESSAGE);
        Object error = claims.getClaim(LtiClaims.DEEP_LINKING_ERROR_MESSAGE);
        return new Verified(list, error != null ? "(error) " + error : message == null ? null : message.toString());
    }

    private static void require(boolean ok, String what) throws Rejected {
        if (!ok) {
            throw new Rejected("The deep-linking response was refused: " + what + ".");
        }
    }
}

package org.convolve.lti.deeplink;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.convolve.lti.LtiClaims;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.launch.DeepLinkingSettings;
import org.convolve.lti.registration.PlatformKey;

/**
 * Builds and signs the LtiDeepLinkingResponse JWT (LTI Deep Linking 2.0 §4.2): iss is the tool's
 * client id, aud the platform's issuer, and the request's {@code data} comes back unchanged.
 */
public final class DeepLinkingResponse {
    static final Duration LIFETIME = Duration.ofMinutes(5);

    private final ToolKeys keys;
    private final Clock clock;

    public DeepLinkingResponse(ToolKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    public String sign(PlatformKey platform, String deploymentId, DeepLinkingSettings settings,
                       List<ResourceLinkItem> items) throws DeepLinkingRefused {
        if (!items.isEmpty() && !settings.acceptTypes().isEmpty()
                && !settings.acceptTypes().contains(ResourceLinkItem.TYPE)) {
            throw new DeepLinkingRefused("The platform accepts only " + String.join(", ", settings.acceptTypes())
                    + " here, and this tool offers LTI resource links.");
        }
        if (items.size() > 1 && !settings.acceptMultiple()) {
            throw new DeepLinkingRefused("The platform accepts a single item here; pick one.");
        }
        return sign(claims(platform, deploymentId, settings, items));
    }

    /**
     * A response that adds nothing, so the platform closes its dialog: the instructor cancelled
     * ({@code message}, which the platform may show), or the tool cannot offer what the platform
     * accepts here ({@code error}, which it shows as such).
     */
    public String signNothing(PlatformKey platform, String deploymentId, DeepLinkingSettings settings,
                              String text, boolean error) {
        JWTClaimsSet nothing = new JWTClaimsSet.Builder(claims(platform, deploymentId, settings, List.of()))
                .claim(error ? LtiClaims.DEEP_LINKING_ERROR_MESSAGE : LtiClaims.DEEP_LINKING_MESSAGE, text)
                .build();
        return sign(nothing);
    }

    JWTClaimsSet claims(PlatformKey platform, String deploymentId, DeepLinkingSettings settings,
                        List<ResourceLinkItem> items) {
        Instant now = clock.instant();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(platform.clientId())
                .audience(platform.issuer())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(LIFETIME)))
                .jwtID(UUID.randomUUID().toString())
                .claim("nonce", UUID.randomUUID().toString())
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_RESPONSE)
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEPLOYMENT_ID, deploymentId)
                .claim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS,
                        items.stream().map(item -> item.toClaim(settings.acceptLineItem())).toList());
        settings.data().ifPresent(data -> claims.claim(LtiClaims.DEEP_LINKING_DATA, data));
        return claims.build();
    }

    private String sign(JWTClaimsSet claims) {
        RSAKey key = keys.signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The tool could not sign a deep-linking response", e);
        }
        return jwt.serialize();
    }
}

package org.convolve.sandbox;

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
import java.util.LinkedHashMap;
import java.util.Map;
import org.convolve.lti.LtiClaims;
import org.convolve.lti.launch.AgsEndpoint;

/** Builds and signs the id_tokens the sandbox platform sends, as Canvas or Moodle would. */
final class SandboxIdTokens {
    private final SandboxPlatform platform;
    private final Clock clock;

    SandboxIdTokens(SandboxPlatform platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    String resourceLinkLaunch(SandboxUser user, String nonce, String targetLinkUri, SandboxLink link,
                              SandboxServices services) {
        JWTClaimsSet.Builder claims = common(user, nonce, targetLinkUri)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
                .claim(LtiClaims.RESOURCE_LINK, Map.of("id", link.id(), "title", link.title()));
        if (!link.custom().isEmpty()) {
            claims.claim(LtiClaims.CUSTOM, new LinkedHashMap<>(link.custom()));
        }
        Map<String, Object> ags = new LinkedHashMap<>();
        ags.put("scope", java.util.List.of(AgsEndpoint.SCOPE_LINEITEM, AgsEndpoint.SCOPE_LINEITEM_READONLY,
                AgsEndpoint.SCOPE_RESULT_READONLY, AgsEndpoint.SCOPE_SCORE));
        ags.put("lineitems", services.containerUrl());
        link.lineItemId().ifPresent(id -> ags.put("lineitem", services.itemUrl(id)));
        claims.claim(LtiClaims.AGS_ENDPOINT, ags);
        claims.claim(LtiClaims.NRPS, Map.of("context_memberships_url", services.membershipsUrl(),
                "service_versions", java.util.List.of("2.0")));
        return sign(claims.build());
    }

    String deepLinkingRequest(SandboxUser user, String nonce, String targetLinkUri, String data) {
        Map<String, Object> settings = new LinkedHashMap<>();
        settings.put("deep_link_return_url", platform.url("/deep-link/return").toString());
        settings.put("accept_types", java.util.List.of("ltiResourceLink"));
        settings.put("accept_presentation_document_targets", java.util.List.of("iframe", "window"));
        settings.put("accept_multiple", false);
        settings.put("accept_lineitem", true);
        settings.put("auto_create", true);
        settings.put("title", "Convolve");
        settings.put("data", data);
        JWTClaimsSet.Builder claims = common(user, nonce, targetLinkUri)
                .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.DEEP_LINKING_REQUEST)
                .claim(LtiClaims.DEEP_LINKING_SETTINGS, settings);
        return sign(claims.build());
    }

    private JWTClaimsSet.Builder common(SandboxUser user, String nonce, String targetLinkUri) {
        Instant now = clock.instant();
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("id", SandboxPlatform.COURSE_ID);
        context.put("label", "DL101");
        context.put("title", SandboxPlatform.COURSE_TITLE);
        context.put("type", java.util.List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering"));
        return new JWTClaimsSet.Builder()
                .issuer(platform.issuer())
                .audience(SandboxPlatform.CLIENT_ID)
                .claim("azp", SandboxPlatform.CLIENT_ID)
                .subject(user.id())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(5))))
                .claim("nonce", nonce)
                .claim("name", user.name())
                .claim("given_name", user.givenName())
                .claim("family_name", user.familyName())
                .claim("email", user.email())
                .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEPLOYMENT_ID, SandboxPlatform.DEPLOYMENT_ID)
                .claim(LtiClaims.TARGET_LINK_URI, targetLinkUri)
                .claim(LtiClaims.ROLES, user.roles())
                .claim(LtiClaims.CONTEXT, context)
                .claim(LtiClaims.TOOL_PLATFORM, Map.of(
                        "guid", "convolve-sandbox", "name", "Convolve sandbox", "product_family_code", "convolve-sandbox"))
                .claim(LtiClaims.LAUNCH_PRESENTATION, Map.of(
                        "document_target", "iframe", "return_url", platform.url("").toString()));
    }

    private String sign(JWTClaimsSet claims) {
        RSAKey key = platform.keys().signingKey();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("The sandbox could not sign an id_token", e);
        }
        return jwt.serialize();
    }
}

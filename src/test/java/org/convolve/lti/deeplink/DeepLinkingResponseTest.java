package org.convolve.lti.deeplink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.convolve.lti.LtiClaims;
import org.convolve.lti.keys.ToolKeys;
import org.convolve.lti.launch.DeepLinkingSettings;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.testing.InMemoryToolKeys;
import org.junit.jupiter.api.Test;

class DeepLinkingResponseTest {
    private final ToolKeys keys = new ToolKeys(InMemoryToolKeys.withOneKey(), Clock.systemUTC());
    private final DeepLinkingResponse responses = new DeepLinkingResponse(keys, Clock.systemUTC());
    private final PlatformKey canvas = new PlatformKey("https://canvas.instructure.com", "10000000000001");
    /** A placement that takes files only, where the tool's resource links have no place. */
    private final DeepLinkingSettings filesOnly = new DeepLinkingSettings(URI.create("https://canvas.example/return"),
            List.of("file"), List.of("iframe"), false, true, Optional.of("opaque-data"), Optional.empty());

    private JWTClaimsSet verified(String jwt) throws Exception {
        SignedJWT signed = SignedJWT.parse(jwt);
        assertTrue(signed.verify(new RSASSAVerifier(keys.signingKey().toRSAPublicKey())));
        return signed.getJWTClaimsSet();
    }

    @Test
    void aPlacementThatTakesNoLinksGetsAnErrorTheInstructorSeesInsteadOfALink() throws Exception {
        assertThrows(DeepLinkingRefused.class, () -> responses.sign(canvas, "1", filesOnly, List.of(
                new ResourceLinkItem("Lesson", Optional.empty(), Optional.empty(), Map.of(), Optional.empty()))));

        JWTClaimsSet claims = verified(responses.signNothing(canvas, "1", filesOnly, "Convolve could not add this link", true));

        assertEquals(List.of(), claims.getListClaim(LtiClaims.DEEP_LINKING_CONTENT_ITEMS));
        assertEquals("Convolve could not add this link", claims.getStringClaim(LtiClaims.DEEP_LINKING_ERROR_MESSAGE));
        assertNull(claims.getClaim(LtiClaims.DEEP_LINKING_MESSAGE));
        assertEquals("opaque-data", claims.getStringClaim(LtiClaims.DEEP_LINKING_DATA), "the request's data comes back");
        assertEquals(canvas.clientId(), claims.getIssuer());
    }
}

package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.convolve.lti.LtiClaims;
import org.convolve.storage.JdbcPlatformRepository;
import org.convolve.testing.Html;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.Test;

/** What dynamic registration stored is enough to launch: Moodle-like platform, then a deployment Canvas-style. */
class RegisteredPlatformLaunchTest {
    @Test
    void aPlatformRegisteredDynamicallyLaunchesTheToolAndANewDeploymentIsRecorded() throws Exception {
        try (TestApp tool = TestApp.onH2(Map.of("CONVOLVE_SANDBOX", "false"));
             FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            // No cookie jar: the launch proves its browser with the binding the login page names, sent by hand.
            HttpBrowser browser = HttpBrowser.withoutCookies();
            browser.get(tool.url(moodle.registrationPath()));

            // Login initiation, as Moodle posts it.
            HttpResponse<String> login = browser.post(tool.url("/lti/login"), Map.of(
                    "iss", moodle.base(), "login_hint", "42", "target_link_uri", tool.url("/lti/launch").toString(),
                    "client_id", "moodle-client-7", "lti_deployment_id", "7"));
            String authUrl = Html.dataAttribute(login.body(), "auth-url");
            String binding = Html.dataAttribute(login.body(), "binding");
            assertTrue(authUrl.startsWith(moodle.base() + "/auth?"), "the tool sends the browser to the registered auth URL");
            Map<String, String> auth = HttpBrowser.queryOf(URI.create(authUrl));

            // The platform answers with an id_token from a course the tool has not seen yet.
            HttpResponse<String> launch = browser.postWithHeader(tool.url("/lti/launch"), Map.of(
                    "id_token", idToken(moodle, auth.get("nonce"), "course-install-99"),
                    "state", auth.get("state")), "Cookie", "convolve_browser=" + binding);

            assertEquals(200, launch.statusCode(), launch.body());
            assertTrue(launch.body().contains("Convolutional Networks for Vision"), "the learner's lesson");
            assertTrue(new JdbcPlatformRepository(tool.app().database().jdbi(), Clock.systemUTC())
                    .find(moodle.base(), "moodle-client-7").orElseThrow().knowsDeployment("course-install-99"));
        }
    }

    private static String idToken(FakeRegistrationPlatform platform, String nonce, String deployment) throws Exception {
        Instant now = Instant.now();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(platform.signingKey.getKeyID()).build(),
                new JWTClaimsSet.Builder()
                        .issuer(platform.base()).audience("moodle-client-7").subject("42")
                        .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                        .claim("nonce", nonce)
                        .claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                        .claim(LtiClaims.MESSAGE_TYPE, LtiClaims.RESOURCE_LINK_REQUEST)
                        .claim(LtiClaims.DEPLOYMENT_ID, deployment)
                        .claim(LtiClaims.ROLES, List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner"))
                        .claim(LtiClaims.RESOURCE_LINK, Map.of("id", "link-1"))
                        .build());
        jwt.sign(new RSASSASigner(platform.signingKey));
        return jwt.serialize();
    }
}

package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.convolve.storage.JdbcPlatformRepository;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.Test;

/**
 * A registration decides whose keys the tool trusts and whose token endpoint it asks for access,
 * so outside a laptop only the admin's address, with its key, registers a platform.
 */
class RegistrationKeyTest {
    private static final String KEY = "k3y-for-registration-0123456789";

    private static HttpResponse<String> open(TestApp tool, String path, FakeRegistrationPlatform platform) {
        return new HttpBrowser().get(tool.url(path + "?openid_configuration="
                + URLEncoder.encode(platform.configurationUrl(), StandardCharsets.UTF_8)
                + "&registration_token=" + FakeRegistrationPlatform.TOKEN));
    }

    private static boolean registered(TestApp tool, FakeRegistrationPlatform platform) {
        return new JdbcPlatformRepository(tool.app().database().jdbi(), Clock.systemUTC()).find(platform.base(),
                "moodle-client-7").isPresent();
    }

    @Test
    void withAKeyOnlyTheAddressCarryingItRegisters() {
        try (TestApp tool = TestApp.onH2(Map.of("CONVOLVE_SANDBOX", "false", "CONVOLVE_REGISTRATION_KEY", KEY));
             FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            HttpResponse<String> bare = open(tool, "/lti/register", moodle);
            HttpResponse<String> wrong = open(tool, "/lti/register/" + KEY.replace('k', 'x'), moodle);

            assertEquals(403, bare.statusCode(), bare.body());
            assertTrue(bare.body().contains("/lti/register/YOUR-REGISTRATION-KEY"), bare.body());
            assertEquals(403, wrong.statusCode(), wrong.body());
            assertTrue(moodle.authorizationHeaders.isEmpty(), "nothing was fetched from the platform");
            assertFalse(registered(tool, moodle));

            HttpResponse<String> keyed = open(tool, "/lti/register/" + KEY, moodle);

            assertEquals(200, keyed.statusCode(), keyed.body());
            assertTrue(registered(tool, moodle));
            assertEquals("*", frameAncestors(keyed), "the platform that opens it may frame it");
            String settings = new HttpBrowser().get(tool.url("/lti/config/moodle")).body();
            assertTrue(settings.contains("/lti/register/YOUR-REGISTRATION-KEY") && !settings.contains(KEY), settings);
            assertTrue(settings.contains("<em>Tool configuration usage</em>"),
                    "without it a registered tool is missing from Moodle's activity chooser:\n" + settings);
        }
    }

    @Test
    void productionWithoutAKeyRegistersNothing() {
        try (TestApp tool = TestApp.onH2(Map.of("CONVOLVE_ENV", "production"));
             FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            HttpResponse<String> refused = open(tool, "/lti/register", moodle);

            assertEquals(403, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("Dynamic registration is turned off"), refused.body());
            assertTrue(refused.body().contains("CONVOLVE_REGISTRATION_KEY"), refused.body());
            assertFalse(registered(tool, moodle));
            HttpResponse<String> openedByHand = new HttpBrowser().get(tool.url("/lti/register"));
            assertEquals(403, openedByHand.statusCode(), "not the page that says to paste the address somewhere:\n"
                    + openedByHand.body());
            assertTrue(openedByHand.body().contains("Dynamic registration is turned off"), openedByHand.body());
        }
    }

    private static String frameAncestors(HttpResponse<?> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        String rest = csp.substring(csp.indexOf("frame-ancestors ") + "frame-ancestors ".length());
        return rest.contains(";") ? rest.substring(0, rest.indexOf(';')) : rest;
    }
}

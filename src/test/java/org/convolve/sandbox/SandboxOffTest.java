package org.convolve.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.Test;

/** A database that once ran with the sandbox on, started again with it off, as on the way to production. */
class SandboxOffTest {
    private static final String DB = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    private static HttpResponse<String> login(TestApp app, String issuer) {
        return new HttpBrowser().get(app.url("/lti/login?iss=" + URLEncoder.encode(issuer, StandardCharsets.UTF_8)
                + "&login_hint=sandbox-learner-1&target_link_uri="
                + URLEncoder.encode(app.url("/lti/launch").toString(), StandardCharsets.UTF_8)
                + "&client_id=" + SandboxPlatform.CLIENT_ID));
    }

    @Test
    void theSandboxesRegistrationIsRefusedWhileTheSandboxIsOff() {
        String sandboxIssuer;
        try (TestApp withSandbox = TestApp.start(DB, "sa", "", Map.of())) {
            sandboxIssuer = withSandbox.url("/sandbox").toString();
            assertEquals(200, login(withSandbox, sandboxIssuer).statusCode(), "the sandbox's login works while it is on");
        }

        try (TestApp without = TestApp.start(DB, "sa", "", Map.of("CONVOLVE_SANDBOX", "false"))) {
            HttpResponse<String> refused = login(without, sandboxIssuer);

            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("No platform is registered with issuer"), refused.body());
        }
    }
}

package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.LogCapture;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headers, framing, body size and log hygiene, checked on the running tool over HTTP (CSRF: see CsrfTest). */
class HardeningTest {
    private static final HttpBrowser BROWSER = HttpBrowser.withoutCookies();
    private static TestApp tool;

    @BeforeAll
    static void start() {
        tool = TestApp.onH2(Map.of("CONVOLVE_FRAME_ANCESTORS", "https://school.example.edu"));
    }

    @AfterAll
    static void stop() {
        tool.close();
    }

    private static HttpResponse<String> get(String path) {
        return BROWSER.get(tool.url(path));
    }

    private static HttpResponse<String> post(String path, Map<String, String> form) {
        return BROWSER.post(tool.url(path), form);
    }

    private static String frameAncestors(HttpResponse<?> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        return csp.substring(csp.indexOf("frame-ancestors ") + "frame-ancestors ".length());
    }

    @Test
    void onlyRegisteredPlatformsAndConfiguredOriginsMayFrameTheTool() {
        String ancestors = frameAncestors(get("/"));

        assertTrue(ancestors.startsWith("'self' http://localhost:" + tool.port() + " "), "the sandbox platform: " + ancestors);
        assertTrue(ancestors.endsWith(" https://school.example.edu"), "the configured Canvas domain: " + ancestors);
        assertFalse(ancestors.contains("*"), ancestors);
    }

    @Test
    void aPlatformRegisteredByDynamicRegistrationMayFrameTheToolAtOnce() {
        try (FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            assertFalse(frameAncestors(get("/")).contains(moodle.base()));
            get(moodle.registrationPath());

            assertTrue(frameAncestors(get("/")).contains(moodle.base()));
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        HttpResponse<String> page = get("/sandbox");
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Permissions-Policy").orElseThrow().contains("camera=()"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self';") && !csp.contains("unsafe-inline"), csp);
    }

    @Test
    void theBrowserBindingCookieIsHttpOnlySecurePartitionedAndLimitedToTheLtiPaths() {
        HttpResponse<String> login = post("/lti/login", Map.of("iss", tool.url("/sandbox").toString(),
                "login_hint", "sandbox-learner-1", "client_id", "convolve-sandbox",
                "target_link_uri", tool.url("/lti/launch").toString()));
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();

        for (String attribute : new String[] {"HttpOnly", "Secure", "SameSite=None", "Partitioned", "Path=/lti"}) {
            assertTrue(cookie.contains(attribute), cookie);
        }
    }

    @Test
    void anOversizedBodyGetsA413PageThatSaysSo() {
        HttpResponse<String> response = post("/lti/launch", Map.of("id_token", "a".repeat(200 * 1024), "state", "s"));

        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("This launch is too large"), response.body());
        assertFalse(response.body().contains("answer again"), "a launch is not an answer:\n" + response.body());
    }

    @Test
    void launchCountersAreDescribedAndShownBeforeTheFirstLaunch() {
        String metrics = get("/metrics").body();

        assertTrue(metrics.contains("# HELP convolve_logins_total OIDC login initiations, by outcome"), metrics);
        assertTrue(metrics.contains("convolve_launches_total{outcome=\"accepted\",reason=\"none\"} "), metrics);
    }

    @Test
    void neitherARegistrationTokenNorAnIdTokenReachesTheLog() {
        String idToken = "eyJhbGciOiJSUzI1NiJ9.eyJzZWNyZXQiOiJsZWFrIn0.c2lnbmF0dXJlLXNlY3JldA";
        String log = LogCapture.during(() -> {
            try (FakeRegistrationPlatform canvas = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.CANVAS)) {
                get(canvas.registrationPath());
                canvas.refusal = "nope";
                get(canvas.registrationPath());
                post("/lti/launch", Map.of("id_token", idToken, "state", "unknown-state"));
                post("/lti/launch", Map.of("id_token", "not-a-jwt." + idToken, "state", "unknown-state"));
            }
        });
        assertTrue(log.contains("registration completed") && log.contains("launch refused"), log);
        assertFalse(log.contains(FakeRegistrationPlatform.TOKEN), log);
        assertFalse(log.contains("c2lnbmF0dXJlLXNlY3JldA") || log.contains("eyJzZWNyZXQiOiJsZWFrIn0"), log);
    }
}

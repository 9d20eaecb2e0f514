package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.convolve.storage.JdbcToolSecrets;
import org.convolve.testing.ToolUnderTest;
import org.convolve.web.CsrfGuard;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Headers, framing, CSRF, body size and log hygiene, checked on the running tool over HTTP. */
class HardeningTest {
    private static ToolUnderTest tool;
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        tool = ToolUnderTest.start(Map.of("CONVOLVE_FRAME_ANCESTORS", "https://school.example.edu"));
    }

    @AfterAll
    static void stop() {
        tool.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(tool.url(path))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> postForm(String path, String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(tool.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String frameAncestors(HttpResponse<?> response) {
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        return csp.substring(csp.indexOf("frame-ancestors ") + "frame-ancestors ".length());
    }

    @Test
    void onlyRegisteredPlatformsAndConfiguredOriginsMayFrameTheTool() throws Exception {
        String ancestors = frameAncestors(get("/"));

        assertTrue(ancestors.startsWith("'self' http://localhost:" + tool.port() + " "), "the sandbox platform: " + ancestors);
        assertTrue(ancestors.endsWith(" https://school.example.edu"), "the configured Canvas domain: " + ancestors);
        assertFalse(ancestors.contains("*"), ancestors);
    }

    @Test
    void aPlatformRegisteredByDynamicRegistrationMayFrameTheToolAtOnce() throws Exception {
        try (FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            assertFalse(frameAncestors(get("/")).contains(moodle.base()));
            get("/lti/register?openid_configuration=" + URLEncoder.encode(moodle.configurationUrl(), StandardCharsets.UTF_8)
                    + "&registration_token=" + FakeRegistrationPlatform.TOKEN);

            assertTrue(frameAncestors(get("/")).contains(moodle.base()));
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> page = get("/sandbox");
        assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElseThrow());
        assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(page.headers().firstValue("Permissions-Policy").orElseThrow().contains("camera=()"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self';") && !csp.contains("unsafe-inline"), csp);
    }

    @Test
    void theBrowserBindingCookieIsHttpOnlySecurePartitionedAndLimitedToTheLtiPaths() throws Exception {
        HttpResponse<String> login = postForm("/lti/login", "iss=" + URLEncoder.encode(tool.url("/sandbox"), StandardCharsets.UTF_8)
                + "&login_hint=sandbox-learner-1&client_id=convolve-sandbox&target_link_uri="
                + URLEncoder.encode(tool.url("/lti/launch"), StandardCharsets.UTF_8), Map.of());
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();

        for (String attribute : new String[] {"HttpOnly", "Secure", "SameSite=None", "Partitioned", "Path=/lti"}) {
            assertTrue(cookie.contains(attribute), cookie);
        }
    }

    @Test
    void anOversizedBodyGetsA413PageThatSaysSo() throws Exception {
        String huge = "id_token=" + "a".repeat(200 * 1024) + "&state=s";
        HttpResponse<String> response = postForm("/lti/launch", huge, Map.of());

        assertEquals(413, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        assertTrue(response.body().contains("too large"), response.body());
    }

    @Test
    void neitherARegistrationTokenNorAnIdTokenReachesTheLog() throws Exception {
        String idToken = "eyJhbGciOiJSUzI1NiJ9.eyJzZWNyZXQiOiJsZWFrIn0.c2lnbmF0dXJlLXNlY3JldA";
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (FakeRegistrationPlatform canvas = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.CANVAS)) {
            get("/lti/register?openid_configuration=" + URLEncoder.encode(canvas.configurationUrl(), StandardCharsets.UTF_8)
                    + "&registration_token=" + FakeRegistrationPlatform.TOKEN);
            canvas.refusal = "nope";
            get("/lti/register?openid_configuration=" + URLEncoder.encode(canvas.configurationUrl(), StandardCharsets.UTF_8)
                    + "&registration_token=" + FakeRegistrationPlatform.TOKEN);
            postForm("/lti/launch", "id_token=" + idToken + "&state=unknown-state", Map.of());
            postForm("/lti/launch", "id_token=not-a-jwt." + idToken + "&state=unknown-state", Map.of());
        } finally {
            System.setErr(original);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("registration completed") && log.contains("launch refused"), log);
        assertFalse(log.contains(FakeRegistrationPlatform.TOKEN), log);
        assertFalse(log.contains("c2lnbmF0dXJlLXNlY3JldA") || log.contains("eyJzZWNyZXQiOiJsZWFrIn0"), log);
    }
}

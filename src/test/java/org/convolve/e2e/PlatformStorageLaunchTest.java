package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.convolve.testing.ToolUnderTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launch rules around platform storage, over plain HTTP with no cookie jar (a browser that
 * keeps no cookies), playing the browser's part by hand: the sandbox platform's pages and ours.
 */
class PlatformStorageLaunchTest {
    private static ToolUnderTest tool;
    // No cookie handler: every cookie the tool sets is dropped, as in a browser that blocks them.
    private static final HttpClient BROWSER = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    static void start() {
        tool = ToolUnderTest.start(Map.of());
    }

    @AfterAll
    static void stop() {
        tool.close();
    }

    private record LaunchInFlight(String binding, String storageKey, Map<String, String> launchFields) {
    }

    /** Runs the sandbox's framed launch up to the point where the platform posts the id_token to the tool. */
    private static LaunchInFlight startFramedLaunch(boolean storage) throws Exception {
        String start = get(tool.url("/sandbox/frame-start?user=sandbox-learner-1&storage=" + (storage ? "on" : "off"))).body();
        HttpResponse<String> loginPage = post(HtmlForm.action(start), HtmlForm.hiddenFields(start));
        assertEquals(200, loginPage.statusCode(), "a browser without our cookie gets the login page, not a redirect");
        String html = loginPage.body();
        String auth = get(HtmlForm.dataAttribute(html, "auth-url")).body();
        return new LaunchInFlight(HtmlForm.dataAttribute(html, "binding"), HtmlForm.dataAttribute(html, "storage-key"),
                HtmlForm.hiddenFields(auth));
    }

    @Test
    void aStorageLaunchFirstReadsTheBindingBackAndThenSucceedsWithIt() throws Exception {
        LaunchInFlight flight = startFramedLaunch(true);
        assertEquals("post_message_forwarding", flight.launchFields().get("lti_storage_target"));

        HttpResponse<String> relay = post(tool.url("/lti/launch"), flight.launchFields());
        assertEquals(200, relay.statusCode());
        assertTrue(relay.body().contains("id=\"launch-relay\""));
        assertEquals(flight.storageKey(), HtmlForm.dataAttribute(relay.body(), "storage-key"));
        assertEquals("http://localhost:" + tool.port(), HtmlForm.dataAttribute(relay.body(), "storage-origin"),
                "storage answers only to the exact origin of the platform's OIDC authentication URL");

        Map<String, String> again = HtmlForm.hiddenFields(relay.body());
        again.put("browser_binding", flight.binding());
        HttpResponse<String> launched = post(tool.url("/lti/launch"), again);
        assertEquals(303, launched.statusCode(), launched.body());
        assertTrue(launched.headers().firstValue("Location").orElseThrow().startsWith("/s/"));
    }

    @Test
    void theRelayPageCarriesNoIdTokenAndItsParkedLaunchWorksOnce() throws Exception {
        LaunchInFlight flight = startFramedLaunch(true);
        HttpResponse<String> relay = post(tool.url("/lti/launch"), flight.launchFields());
        assertFalse(relay.body().contains(flight.launchFields().get("id_token")), "an id_token must never reach a page of ours");
        assertFalse(HtmlForm.hiddenFields(relay.body()).containsKey("id_token"));

        Map<String, String> again = HtmlForm.hiddenFields(relay.body());
        again.put("browser_binding", flight.binding());
        assertEquals(303, post(tool.url("/lti/launch"), again).statusCode());
        assertEquals(400, post(tool.url("/lti/launch"), again).statusCode(), "a relayed launch works once");
    }

    @Test
    void refusesAStorageLaunchWhoseBindingIsNotTheOneThisBrowserStored() throws Exception {
        LaunchInFlight flight = startFramedLaunch(true);
        Map<String, String> again = HtmlForm.hiddenFields(post(tool.url("/lti/launch"), flight.launchFields()).body());
        again.put("browser_binding", "x".repeat(43));

        HttpResponse<String> refused = post(tool.url("/lti/launch"), again);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("did not start in this browser"));
    }

    @Test
    void ignoresAPostedBindingOnALaunchThatDoesNotSayItUsedPlatformStorage() throws Exception {
        LaunchInFlight flight = startFramedLaunch(false);
        Map<String, String> forged = new LinkedHashMap<>(flight.launchFields());
        forged.put("browser_binding", flight.binding());

        HttpResponse<String> refused = post(tool.url("/lti/launch"), forged);
        assertEquals(401, refused.statusCode(), "without lti_storage_target only the cookie may prove the browser");
    }

    @Test
    void theRelayPageDoesNotUseUpTheState() throws Exception {
        LaunchInFlight flight = startFramedLaunch(true);
        post(tool.url("/lti/launch"), flight.launchFields());
        HttpResponse<String> relayAgain = post(tool.url("/lti/launch"), flight.launchFields());

        assertTrue(relayAgain.body().contains("id=\"launch-relay\""));
    }

    @Test
    void answersTheLoginPagesCookieCheckOnlyForTheBindingItSet() throws Exception {
        String binding = "b".repeat(43);
        HttpResponse<String> withCookie = BROWSER.send(HttpRequest.newBuilder(URI.create(tool.url("/lti/login/cookie-check")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "convolve_browser=" + binding)
                .POST(HttpRequest.BodyPublishers.ofString("binding=" + binding)).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> without = post(tool.url("/lti/login/cookie-check"), Map.of("binding", binding));

        assertEquals("{\"cookie\":true}", withCookie.body());
        assertEquals("{\"cookie\":false}", without.body());
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return BROWSER.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String url, Map<String, String> fields) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return BROWSER.send(HttpRequest.newBuilder(URI.create(url.startsWith("/") ? tool.url(url) : url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

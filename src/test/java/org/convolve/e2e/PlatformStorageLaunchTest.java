package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import org.convolve.testing.Html;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The launch rules around platform storage, over plain HTTP with no cookie jar (a browser that
 * keeps no cookies), playing the browser's part by hand: the sandbox platform's pages and ours.
 */
class PlatformStorageLaunchTest {
    private static final HttpBrowser BROWSER = HttpBrowser.withoutCookies();
    private static TestApp tool;

    @BeforeAll
    static void start() {
        tool = TestApp.onH2();
    }

    @AfterAll
    static void stop() {
        tool.close();
    }

    private record LaunchInFlight(String binding, String storageKey, Map<String, String> launchFields) {
    }

    /** Runs the sandbox's framed launch up to the point where the platform posts the id_token to the tool. */
    private static LaunchInFlight startFramedLaunch(boolean storage) {
        String start = BROWSER.get(tool.url("/sandbox/frame-start?user=sandbox-learner-1&storage=" + (storage ? "on" : "off"))).body();
        HttpResponse<String> loginPage = BROWSER.submitAutoPost(tool.url("/"), start);
        assertEquals(200, loginPage.statusCode(), "a browser without our cookie gets the login page, not a redirect");
        String html = loginPage.body();
        String auth = BROWSER.get(HttpBrowser.authenticationRequest(loginPage)).body();
        return new LaunchInFlight(Html.dataAttribute(html, "binding"), Html.dataAttribute(html, "storage-key"),
                Html.hiddenFields(auth));
    }

    @Test
    void aStorageLaunchFirstReadsTheBindingBackAndThenSucceedsWithIt() {
        LaunchInFlight flight = startFramedLaunch(true);
        assertEquals("post_message_forwarding", flight.launchFields().get("lti_storage_target"));

        HttpResponse<String> relay = launch(flight.launchFields());
        assertEquals(200, relay.statusCode());
        assertTrue(relay.body().contains("id=\"launch-relay\""));
        assertEquals(flight.storageKey(), Html.dataAttribute(relay.body(), "storage-key"));
        assertEquals("http://localhost:" + tool.port(), Html.dataAttribute(relay.body(), "storage-origin"),
                "storage answers only to the exact origin of the platform's OIDC authentication URL");

        Map<String, String> again = Html.hiddenFields(relay.body());
        again.put("browser_binding", flight.binding());
        HttpResponse<String> launched = launch(again);
        assertEquals(200, launched.statusCode(), launched.body());
        assertTrue(Html.dataAttribute(launched.body(), "session").startsWith("/s/"), "the learner's lesson, in a session");
    }

    @Test
    void theRelayPageCarriesNoIdTokenAndItsParkedLaunchWorksOnce() {
        LaunchInFlight flight = startFramedLaunch(true);
        HttpResponse<String> relay = launch(flight.launchFields());
        assertFalse(relay.body().contains(flight.launchFields().get("id_token")), "an id_token must never reach a page of ours");
        assertFalse(Html.hiddenFields(relay.body()).containsKey("id_token"));

        Map<String, String> again = Html.hiddenFields(relay.body());
        again.put("browser_binding", flight.binding());
        assertEquals(200, launch(again).statusCode());
        assertEquals(400, launch(again).statusCode(), "a relayed launch works once");
    }

    @Test
    void refusesAStorageLaunchWhoseBindingIsNotTheOneThisBrowserStored() {
        LaunchInFlight flight = startFramedLaunch(true);
        Map<String, String> again = Html.hiddenFields(launch(flight.launchFields()).body());
        again.put("browser_binding", "x".repeat(43));

        HttpResponse<String> refused = launch(again);
        assertEquals(401, refused.statusCode());
        assertTrue(refused.body().contains("did not start in this browser"));

        again.put("browser_binding", flight.binding());
        HttpResponse<String> retried = launch(again);
        assertEquals(400, retried.statusCode(), "the refused post used the launch up");
        assertTrue(retried.body().contains("already used (a launch works once)"), retried.body());
    }

    @Test
    void ignoresAPostedBindingOnALaunchThatDoesNotSayItUsedPlatformStorage() {
        LaunchInFlight flight = startFramedLaunch(false);
        Map<String, String> forged = new LinkedHashMap<>(flight.launchFields());
        forged.put("browser_binding", flight.binding());

        HttpResponse<String> refused = launch(forged);
        assertEquals(401, refused.statusCode(), "without lti_storage_target only the cookie may prove the browser");
    }

    @Test
    void theRelayPageDoesNotUseUpTheState() {
        LaunchInFlight flight = startFramedLaunch(true);
        launch(flight.launchFields());
        HttpResponse<String> relayAgain = launch(flight.launchFields());

        assertTrue(relayAgain.body().contains("id=\"launch-relay\""));
    }

    @Test
    void answersTheLoginPagesCookieCheckOnlyForTheBindingItSet() {
        String binding = "b".repeat(43);
        HttpResponse<String> withCookie = BROWSER.postWithHeader(tool.url("/lti/login/cookie-check"), Map.of("binding", binding),
                "Cookie", "convolve_browser=" + binding);
        HttpResponse<String> without = BROWSER.post(tool.url("/lti/login/cookie-check"), Map.of("binding", binding));

        assertEquals("{\"cookie\":true}", withCookie.body());
        assertEquals("{\"cookie\":false}", without.body());
    }

    private static HttpResponse<String> launch(Map<String, String> fields) {
        return BROWSER.post(tool.url("/lti/launch"), fields);
    }
}

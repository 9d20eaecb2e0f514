package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convolve.sandbox.SandboxPlatform;
import org.convolve.testing.Html;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sandbox's course page opens the tool in a frame from the course link it is asked for. */
class SandboxCoursePageTest {
    private static final Pattern TOOL_FRAME = Pattern.compile("<iframe class=\"tool-frame\"[^>]*src=\"([^\"]+)\"");
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.onH2();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String toolFrameOf(String coursePage) {
        Matcher frame = TOOL_FRAME.matcher(coursePage);
        assertTrue(frame.find(), coursePage);
        return Html.unescape(frame.group(1));
    }

    @Test
    void aCoursePageOpensTheLinkItNames() {
        HttpBrowser instructor = new HttpBrowser();
        SandboxLaunch.Launched picker = SandboxLaunch.as(app, instructor, "sandbox-instructor",
                Map.of("message", "deep-linking"));
        String linkId = SandboxLaunch.addedLinkId(instructor.submitAutoPost(app.url(""),
                picker.post("/deep-link", Map.of("choice", "cnn-basics/match-terms")).body()).body());
        HttpBrowser learner = new HttpBrowser();

        HttpResponse<String> course = learner.get(app.url("/sandbox/course?user=sandbox-learner-1&storage=off&link=" + linkId));
        assertEquals(200, course.statusCode(), course.body());
        HttpResponse<String> login = learner.submitAutoPost(app.url("/"),
                learner.get(app.url("/").resolve(toolFrameOf(course.body()))).body());
        HttpResponse<String> page = learner.submitAutoPost(app.url("/"),
                learner.get(HttpBrowser.authenticationRequest(login)).body());

        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("id=\"match-terms\""), "the activity the link names");
        assertFalse(page.body().contains("id=\"why-not-fully-connected\""), "not the whole lesson:\n" + page.body());
    }

    @Test
    void aCoursePageNamingNoLinkOpensTheFirstAndOneNamingAnUnknownLinkIsRefused() {
        HttpBrowser browser = new HttpBrowser();
        String frame = toolFrameOf(browser.get(app.url("/sandbox/course?user=sandbox-learner-1&storage=on")).body());
        assertTrue(URI.create(frame).getQuery().contains("link=" + SandboxPlatform.RESOURCE_LINK_ID), frame);

        HttpResponse<String> unknown = browser.get(app.url("/sandbox/course?user=sandbox-learner-1&link=no-such-link"));
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("Choose one of the sandbox course"), unknown.body());
    }
}

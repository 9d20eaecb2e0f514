package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An admin adds lesson folders with {@code CONVOLVE_LESSONS_DIR}; instructors must be able to add
 * each of them to a course, not only the first lesson.
 */
class DeepLinkingSeveralLessonsTest {
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.onH2WithExtraLessons();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static SandboxLaunch.Launched picker(HttpBrowser browser) {
        SandboxLaunch.Launched instructor = SandboxLaunch.as(app, browser, "sandbox-instructor",
                Map.of("message", "deep-linking"));
        assertTrue(instructor.landingPage().uri().getPath().endsWith("/deep-link"), instructor.landingPage().uri().toString());
        return instructor;
    }

    @Test
    void thePickerOffersEveryLessonWithItsActivities() {
        String page = picker(new HttpBrowser()).landingPage().body();

        assertTrue(page.contains("value=\"cnn-basics\" checked"), page);
        assertTrue(page.contains("value=\"minimal\">"), "an added lesson is offered whole: " + page);
        assertTrue(page.contains("value=\"padded-grid/grid\""), "and each of its activities: " + page);
        assertTrue(page.contains("(Testing, about 5 minutes)"), "lessons are told apart by subject and length: " + page);
        assertTrue(page.contains("id=\"pick-minimal__grid\"") && page.contains("id=\"pick-padded-grid__grid\""),
                "two lessons' activities of the same id keep their own labels: " + page);
    }

    @Test
    void anAddedLessonBecomesALinkThatOpensThatLessonOutOfItsOwnXp() {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> returned = browser.submitAutoPost(app.url(""),
                picker(browser).post("/deep-link", Map.of("choice", "minimal")).body());
        assertEquals(200, returned.statusCode(), returned.body());
        assertTrue(returned.body().contains("class=\"picked-max\">6<"), returned.body());
        String linkId = SandboxLaunch.addedLinkId(returned.body());

        SandboxLaunch.Launched learner = SandboxLaunch.as(app, new HttpBrowser(), "sandbox-learner-2",
                Map.of("link", linkId));
        String page = learner.browser().get(learner.url("/lesson")).body();

        assertTrue(page.contains("Minimal lesson"), page);
        assertTrue(page.contains("0 of 6 XP"), page);
        assertFalse(page.contains("id=\"match-terms\""), "nothing of the first lesson: " + page);
    }

    @Test
    void oneActivityOfAnAddedLessonIsOutOfThatActivitysXp() {
        HttpBrowser browser = new HttpBrowser();
        HttpResponse<String> returned = browser.submitAutoPost(app.url(""),
                picker(browser).post("/deep-link", Map.of("choice", "padded-grid/grid")).body());
        assertTrue(returned.body().contains("class=\"picked-max\">3<"), returned.body());
        assertTrue(returned.body().contains("class=\"picked-title\">Grid – Padded grid lesson<"),
                "two lessons' activities of one title are told apart by their lesson: " + returned.body());
        assertTrue(returned.body().contains("lesson&#61;padded-grid") || returned.body().contains("lesson=padded-grid"),
                returned.body());
    }

    @Test
    void aLessonThatIsNotOfferedIsAClearBadRequest() {
        HttpResponse<String> answer = picker(new HttpBrowser()).post("/deep-link", Map.of("choice", "no-such-lesson/grid"));
        assertEquals(400, answer.statusCode());
        assertTrue(answer.body().contains("There is no lesson &#39;no-such-lesson&#39;")
                || answer.body().contains("There is no lesson 'no-such-lesson'"), answer.body());
    }
}

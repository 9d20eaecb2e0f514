package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The grid activity of a lesson an admin adds follows that lesson's geometry everywhere a learner
 * meets it, not the seed lesson's 5 × 5 image and 3 × 3 kernel (lessons-valid: padded-grid has a
 * 2 × 2 kernel and a 5 × 5 map; no-filter-step has no filter step and a 3 × 4 map).
 */
class AddedLessonGridTest {
    private static TestApp app;
    private static int learners;

    @BeforeAll
    static void start() {
        app = TestApp.onH2WithExtraLessons();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    /** A learner on a new link to one lesson, made through the sandbox's deep linking. */
    private static SandboxLaunch.Launched learnerOn(String lessonId) {
        HttpBrowser instructor = new HttpBrowser();
        SandboxLaunch.Launched picker = SandboxLaunch.as(app, instructor, "sandbox-instructor",
                Map.of("message", "deep-linking"));
        HttpResponse<String> returned = instructor.submitAutoPost(app.url(""),
                picker.post("/deep-link", Map.of("choice", lessonId)).body());
        String linkId = SandboxLaunch.addedLinkId(returned.body());
        learners++;
        return SandboxLaunch.as(app, new HttpBrowser(), "sandbox-learner-" + learners, Map.of("link", linkId));
    }

    private static String revision(String page, String part) {
        Matcher m = Pattern.compile("action=\"[^\"]*/activities/grid/" + part + "\"[^>]*>\\s*<input type=\"hidden\""
                + " name=\"csrf\" value=\"[^\"]*\">\\s*<input type=\"hidden\" name=\"revision\" value=\"([0-9]+)\">")
                .matcher(page);
        assertTrue(m.find(), "no " + part + " form on the page");
        return m.group(1);
    }

    @Test
    void aTwoByTwoKernelAsksForATwoByTwoFilterAndWorksFourProducts() {
        SandboxLaunch.Launched learner = learnerOn("padded-grid");
        String page = learner.lesson().body();
        assertTrue(page.contains("Your 2 × 2 filter"), page);
        assertTrue(page.contains("cell-grid cols-2"), page);
        assertTrue(page.contains("name=\"filter-1-1\"") && !page.contains("name=\"filter-2-2\""), "four filter cells");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", revision(page, "feature-map"));
        form.put("intent", "check");
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 4; c++) {
                form.put("image-" + r + "-" + c, "1");
                form.put("cell-" + r + "-" + c, "0");
            }
            form.put("cell-" + r + "-4", "0");
        }
        for (int c = 0; c < 5; c++) {
            form.put("cell-4-" + c, "0");
        }
        form.put("cell-0-0", "5");
        assertEquals(303, learner.post("/activities/grid/feature-map", form).statusCode());
        String checked = learner.lesson().body();

        assertTrue(checked.contains("The four products:"), checked);
        assertTrue(checked.contains("1 XP for the top-left cell.") && !checked.contains(" 0 XP"),
                "parts the lesson gives nothing are not listed at 0 XP: " + checked);
        assertTrue(checked.contains("pick-grid pick-cols-5"), "the picker lays out the 5-wide map: " + checked);

        Map<String, String> filter = new LinkedHashMap<>(Map.of("revision", revision(checked, "filter"),
                "filter-0-0", "-1", "filter-0-1", "1", "filter-1-0", "-1", "filter-1-1", "1"));
        assertEquals(303, learner.post("/activities/grid/filter", filter).statusCode());
        String tried = learner.lesson().body();
        assertTrue(tried.contains("Your filter on the test images"), tried);
        assertTrue(tried.contains("Flat areas give 0, vertical edges do not: yes.</strong>") && !tried.contains("0 of 0 XP"), tried);
        assertFalse(tried.contains("this cell is empty"), tried);
    }

    @Test
    void aGridWithoutTheFilterStepEndsAtReadingTheMap() {
        SandboxLaunch.Launched learner = learnerOn("no-filter-step");
        String page = learner.lesson().body();

        assertTrue(page.contains("Step 5: read your feature map"), page);
        assertFalse(page.contains("Step 6") || page.contains("name=\"filter-0-0\""), page);
        assertTrue(page.contains("cell-grid map-cols-4"), page);
        assertEquals(404, learner.post("/activities/grid/filter", Map.of("revision", "0", "filter-0-0", "1"))
                .statusCode(), "a step the lesson does not have takes no answers");
    }
}

package org.convolve.e2e;

import static org.convolve.e2e.LessonAnswers.EXAMPLE;
import static org.convolve.e2e.LessonAnswers.KERNEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.convolve.testing.Html;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every answer and every kind of bad input, over real HTTP on H2. */
class ActivityHttpOnH2Test extends ActivityHttpSuite {
    private TestApp app;

    // A fresh tool per test: the sandbox has two learners, and each test needs them untouched.
    @BeforeEach
    void start() {
        app = TestApp.onH2();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Override
    TestApp app() {
        return app;
    }

    @Test
    void anAnswerRedirectsBackToItsActivitySoARefreshDoesNotPostAgain() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        HttpResponse<String> response = answer(session, "night-infrared-question/choice",
                LessonAnswers.choice(page(session), "night-infrared-question", "domain-shift"));

        assertEquals(303, response.statusCode());
        assertEquals("/s/" + session.handle() + "/lesson#night-infrared-question",
                response.headers().firstValue("Location").orElseThrow());
    }

    @Test
    void theLessonPageIsSentAsUtf8AndSaysSo() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        HttpResponse<String> lesson = session.lesson();
        HttpResponse<String> refused = answer(session, "design-filter/feature-map",
                exampleWith(page(session), "image-1-2", "x"));

        assertEquals(422, refused.statusCode());
        for (HttpResponse<String> response : List.of(lesson, refused)) {
            assertEquals("text/html;charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow()
                    .toLowerCase(Locale.ROOT).replace(" ", ""));
            assertTrue(response.body().contains("[Conv → ReLU → Conv → ReLU → MaxPool]"), "arrows survive");
            assertTrue(response.body().contains("whole numbers from −9 to 9"), "minus signs survive");
        }
    }

    @Test
    void partialAnswersEarnExactlyTheirShare() {
        SandboxLaunch.Launched session = launch("sandbox-learner-2");
        answer(session, "match-terms/pairs", LessonAnswers.matching(page(session), 3));
        answer(session, "weight-sharing-question/choice",
                LessonAnswers.choice(page(session), "weight-sharing-question", "local-patches"));
        int[][] map = LessonAnswers.featureMap(EXAMPLE, KERNEL);
        Integer[][] cells = LessonAnswers.boxed(map);
        cells[0][1] = map[0][1] + 1;
        answer(session, "design-filter/feature-map", LessonAnswers.featureMapForm(page(session), EXAMPLE, cells));
        Map<String, String> reading = new LinkedHashMap<>(LessonAnswers.readingForm(page(session), map));
        reading.put("negative-meaning", "vertical-edge");
        answer(session, "design-filter/reading", reading);
        answer(session, "design-filter/filter", LessonAnswers.filterForm(page(session),
                new int[][] {{-2, -1, 0}, {-1, 0, 1}, {0, 1, 2}}));

        var progress = progress(session);
        var activities = progress.get("activities");
        assertEquals(3.0, activities.get("match-terms").get("xpEarned").asDouble());
        assertEquals(0.0, activities.get("weight-sharing-question").get("xpEarned").asDouble());
        // Top-left right (1), next cell wrong (0), map not all right (0); reading 1 + 0.5; a diagonal filter
        // answers both edges: flat areas (1) and vertical edges (2), not horizontal ones (0).
        assertEquals(5.5, activities.get("design-filter").get("xpEarned").asDouble());
        assertEquals(8.5, progress.get("xpEarned").asDouble());
        assertFalse(progress.get("completed").asBoolean(), "one question is still unanswered");
    }

    @Test
    void aWrongCellIsMarkedWithItsNineProducts() {
        SandboxLaunch.Launched session = launch("sandbox-learner-2");
        int[][] map = LessonAnswers.featureMap(EXAMPLE, KERNEL);
        Integer[][] cells = new Integer[3][3];
        cells[0][0] = map[0][0];
        cells[0][1] = 5;
        answer(session, "design-filter/feature-map", LessonAnswers.featureMapForm(page(session), EXAMPLE, cells));

        String html = page(session);
        assertTrue(html.contains("Row 1, column 2: you wrote 5, the sum is 22"), html);
        assertTrue(html.contains("<td>" + Html.escaped("2 × \u22121 = \u22122") + "</td>"),
                "the products of the wrong cell are shown");
        assertTrue(html.contains(Html.escaped("\u22122 − 1 − 1 + 0 + 0 + 0 + 9 + 9 + 8 = 22")), "and their sum");
        assertTrue(html.contains("1 of 9 cells right (7 left empty): "), html);
        assertTrue(html.contains("The nine products:"), html);
        // The cell to rework is marked in the form as well, and points at its worked example.
        assertTrue(html.contains("<input class=\"cell-input wide cell-wrong\" type=\"text\" inputmode=\"text\""
                + " autocomplete=\"off\" maxlength=\"24\" size=\"4\" name=\"cell-0-1\""), html);
        assertTrue(html.contains("value=\"5\" aria-describedby=\"design-filter-working-0-1\">"), html);
        assertTrue(html.contains("<div class=\"working\" id=\"design-filter-working-0-1\">"), html);
        assertFalse(html.contains("cell-wrong\" type=\"text\" inputmode=\"text\" autocomplete=\"off\" maxlength=\"24\""
                + " size=\"4\" name=\"cell-0-0\""), "the right cell is not marked");
    }

    @Test
    void aRetryThatScoresLowerKeepsTheActivitysBestXp() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        answer(session, "match-terms/pairs", LessonAnswers.matching(page(session), 5));
        answer(session, "match-terms/pairs", LessonAnswers.matching(page(session), 2));

        assertEquals(5.0, progress(session).get("activities").get("match-terms").get("xpEarned").asDouble());
        assertTrue(page(session).contains("2 of 5 pairs right: 2 of 5 XP (your best so far: 5 XP counts)."));
    }

    @Test
    void aTenInTheImageIsRefusedAsNotADigit() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        HttpResponse<String> response = answer(session, "design-filter/feature-map",
                exampleWith(page(session), "image-4-4", "10"));

        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("Image, row 5, column 5: &#39;10&#39; is not a digit from 0 to 9."));
    }

    @Test
    void aPageSentBackWithoutItsScriptSaysAtTheTopThatTheAnswerWasNotSavedAndWhere() {
        // Without the page's script the browser shows the returned page from its top, screens above the form.
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        Map<String, String> form = exampleWith(page(session), "image-4-4", "10");
        form.put("image-0-0", "x");

        String body = answer(session, "design-filter/feature-map", form).body();

        assertTrue(body.contains("<title>Not saved: "), body);
        int summary = body.indexOf("<h2>Your answer was not saved</h2>");
        assertTrue(summary > 0 && summary < body.indexOf("id=\"why-not-fully-connected\""), "before the first section");
        assertTrue(body.contains("<p>Image, row 1, column 1: &#39;x&#39; is not a digit from 0 to 9. The same form has 1 more"
                + " problem.</p>"), body);
        assertTrue(body.contains("<a href=\"#design-filter-map\">Go to “Design a filter by hand” to correct it</a>"), body);
        assertFalse(page(session).contains("Your answer was not saved"), "a page of its own has nothing to say");
    }

    @Test
    void aFourBySixImageIsRefusedWithItsShape() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", LessonAnswers.revision(page(session), "design-filter", "feature-map"));
        for (int r = 0; r < 4; r++) {
            for (int c = 0; c < 6; c++) {
                form.put("image-" + r + "-" + c, "3");
            }
        }
        form.put("cell-0-0", "0");
        form.put("cell-2-2", "0");

        HttpResponse<String> response = answer(session, "design-filter/feature-map", form);

        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("The image must be 5 rows of 5 cells, got 4x6."), response.body());
    }

    @Test
    void aMissingImageCellIsReportedAsEmpty() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        Map<String, String> form = exampleWith(page(session), "image-0-0", "1");
        form.remove("image-2-2");

        HttpResponse<String> response = answer(session, "design-filter/feature-map", form);

        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("Image, row 3, column 3: this cell is empty."), response.body());
    }

    @Test
    void aLetterInTheFilterIsNamedBesideItsCell() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        Map<String, String> form = new LinkedHashMap<>(LessonAnswers.filterForm(page(session),
                new int[][] {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}}));
        form.put("filter-1-1", "O");

        HttpResponse<String> response = answer(session, "design-filter/filter", form);

        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("aria-invalid=\"true\" aria-describedby=\"design-filter-filter-1-1-error\""));
        assertTrue(response.body().contains("Filter, row 2, column 2: &#39;O&#39; is not a whole number from \u22129 to 9."));
    }

    @Test
    void aQuestionSentWithoutAChoiceAsksForOneBesideTheOptions() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        HttpResponse<String> response = answer(session, "weight-sharing-question/choice",
                Map.of("revision", LessonAnswers.revision(page(session), "weight-sharing-question", "choice")));

        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("<p class=\"field-error\" id=\"weight-sharing-question-option-error\">"
                + "Choose one answer, then check.</p>"), response.body());
    }

    @Test
    void aForgedMatchingValueIsNamedBesideItsTerm() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        Map<String, String> form = new LinkedHashMap<>(LessonAnswers.matching(page(session), 5));
        form.put("term-relu", "relu");

        HttpResponse<String> response = answer(session, "match-terms/pairs", form);

        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("Choose one of the listed definitions for ReLU."));
    }

    @Test
    void oneDefinitionChosenForTwoTermsIsNamedBesideBothAndNothingIsSaved() {
        SandboxLaunch.Launched session = launch("sandbox-learner-2");
        double before = progress(session).get("xpEarned").asDouble();
        Map<String, String> form = new LinkedHashMap<>(LessonAnswers.matching(page(session), 5));
        form.put("term-relu", form.get("term-max-pooling"));

        HttpResponse<String> response = answer(session, "match-terms/pairs", form);

        assertEquals(422, response.statusCode(), response.body());
        String both = Pattern.compile("You chose one definition for both (Max pooling and ReLU|ReLU and Max pooling);"
                + " each definition belongs to one term\\.").matcher(response.body()).results().count() + "";
        assertEquals("3", both, "beside each of the two terms, and in the summary above the form:\n" + response.body());
        assertEquals(before, progress(session).get("xpEarned").asDouble());
    }

    @Test
    void aStripedImagesTiesAreSaidByRowAndTheMeaningHintComesOnce() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        int[][] striped = {{1, 1, 1, 1, 1}, {1, 1, 1, 1, 1}, {9, 9, 9, 9, 9}, {9, 9, 9, 9, 9}, {1, 1, 1, 1, 1}};
        int[][] map = LessonAnswers.featureMap(striped, KERNEL);
        answer(session, "design-filter/feature-map", LessonAnswers.featureMapForm(page(session), striped,
                LessonAnswers.boxed(map)));
        Map<String, String> reading = new LinkedHashMap<>(LessonAnswers.readingForm(page(session), map));
        reading.put("positive-meaning", "vertical-edge");
        reading.put("negative-meaning", "flat-area");

        answer(session, "design-filter/reading", reading);
        String html = page(session);

        assertTrue(html.contains("found at every cell of rows 1 and 2") || html.contains("found at every cell of row"),
                html);
        assertEquals(1, html.split("Think about which weights of the filter", -1).length - 1, "the hint once");
    }

    @Test
    void theReadingWaitsForACheckedFeatureMap() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        HttpResponse<String> response = answer(session, "design-filter/reading", Map.of("revision", "0",
                "positive", "0-0", "negative", "2-2", "positive-meaning", "rises-downward",
                "negative-meaning", "falls-downward"));

        assertEquals(422, response.statusCode());
        assertTrue(response.body().contains("Check your feature map first (steps 3 and 4)"), response.body());
    }

    @Test
    void aFormWithoutItsRevisionIsRefusedWith400() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        HttpResponse<String> response = answer(session, "weight-sharing-question/choice",
                Map.of("option", "reused-everywhere"));

        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("arrived without its revision field"));
    }

    @Test
    void aOneMegabyteFormGetsAClear413Page() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        String huge = "revision=0&option=" + "a".repeat(1024 * 1024);

        HttpResponse<String> response = session.browser().postRaw(session.url("/activities/weight-sharing-question/choice"),
                "application/x-www-form-urlencoded", huge);

        assertEquals(413, response.statusCode());
        assertTrue(response.body().contains("This form is too large"), response.body());
        assertTrue(response.body().contains("Nothing was saved"));
    }

    @Test
    void anUnknownOrExpiredHandleIsRefusedWith401() {
        HttpResponse<String> response = new HttpBrowser().post(app.url("/s/" + "A".repeat(43)
                + "/activities/weight-sharing-question/choice"), Map.of("revision", "0", "option", "reused-everywhere"));

        assertEquals(401, response.statusCode());
        assertTrue(response.body().contains("Your session has ended"));
        assertFalse(response.body().contains("problem-back"), "no way back into a session that is gone");
    }

    @Test
    void aLearnerRefusedTheClassViewIsLinkedBackToTheLesson() {
        SandboxLaunch.Launched learner = launch("sandbox-learner-1");
        HttpResponse<String> response = learner.browser().get(learner.url("/instructor"));

        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("<a href=\"/s/" + learner.handle() + "/lesson\">Back to the lesson</a>"),
                response.body());
        HttpResponse<String> nowhere = learner.browser().get(learner.url("/no-such-page"));
        assertEquals(404, nowhere.statusCode());
        assertTrue(nowhere.body().contains("<a href=\"/s/" + learner.handle() + "/lesson\">Back to the lesson</a>"),
                nowhere.body());
    }

    @Test
    void anUnknownActivityIs404() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        assertEquals(404, answer(session, "no-such-activity/choice", Map.of("revision", "0")).statusCode());
        assertEquals(404, answer(session, "match-terms/choice", Map.of("revision", "0")).statusCode());
    }

    @Test
    void twoLearnersNeverSeeEachOthersAnswers() {
        SandboxLaunch.Launched first = launch("sandbox-learner-1");
        SandboxLaunch.Launched second = launch("sandbox-learner-2");
        Map<String, String> filter = LessonAnswers.filterForm(page(first), new int[][] {{7, 0, -7}, {7, 0, -7}, {7, 0, -7}});
        assertEquals(303, answer(first, "design-filter/filter", filter).statusCode());

        assertFalse(page(second).contains("value=\"-7\""), "learner 2's page shows nothing learner 1 typed");
        assertTrue(page(first).contains("value=\"-7\""));
    }

    @Test
    void aRandomImageKeepsEverythingElseTheLearnerDid() {
        SandboxLaunch.Launched session = launch("sandbox-learner-2");
        answer(session, "match-terms/pairs", LessonAnswers.matching(page(session), 5));
        answer(session, "design-filter/filter", LessonAnswers.filterForm(page(session),
                new int[][] {{-3, 0, 3}, {-3, 0, 3}, {-3, 0, 3}}));
        double before = progress(session).get("xpEarned").asDouble();

        HttpResponse<String> random = answer(session, "design-filter/feature-map", Map.of("intent", "random",
                "revision", LessonAnswers.revision(page(session), "design-filter", "feature-map")));

        assertEquals(303, random.statusCode());
        assertEquals(before, progress(session).get("xpEarned").asDouble());
        String html = page(session);
        assertTrue(html.contains("value=\"-3\""), "the filter is still there");
        assertEquals(25, LessonAnswers.heatmap(html, "Your image as a picture").size());
    }

    @Test
    void aReadingOfAnEarlierImageIsNotShownAsIfItWereAboutTheNewOne() {
        SandboxLaunch.Launched session = launch("sandbox-learner-2");
        assertEquals(303, checkRightMap(session, EXAMPLE));
        assertEquals(303, answer(session, "design-filter/reading",
                LessonAnswers.readingForm(page(session), LessonAnswers.featureMap(EXAMPLE, KERNEL))).statusCode());
        assertTrue(page(session).contains("Largest positive value: right."));
        double earned = progress(session).get("xpEarned").asDouble();

        // A new image, typed and checked: its map has its largest value elsewhere.
        assertEquals(303, checkRightMap(session, LessonAnswers.FLIPPED));

        String html = page(session);
        assertTrue(html.contains("Your image changed, so your reading was about the earlier one. Your best 2 XP"
                + " still counts."), html);
        assertFalse(html.contains("Largest positive value:"), "no verdict on cells of the earlier map");
        assertFalse(html.matches("(?s).*name=\"positive\" id=\"[^\"]*\" value=\"[0-9]-[0-9]\" checked.*"),
                "no cell of the new map is picked for the learner");
        assertEquals(earned, progress(session).get("xpEarned").asDouble());

        // A random image leaves the map unchecked; the note stays.
        answer(session, "design-filter/feature-map", Map.of("intent", "random",
                "revision", LessonAnswers.revision(page(session), "design-filter", "feature-map")));
        assertTrue(page(session).contains("Your image changed, so your reading was about the earlier one."));
    }

    @Test
    void aReadingSentFromAPageWhoseMapHasSinceChangedIsOutOfDateAndSavesNothing() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        assertEquals(303, checkRightMap(session, EXAMPLE));
        String pageInTheOtherTab = page(session);
        double earned = progress(session).get("xpEarned").asDouble();

        assertEquals(303, checkRightMap(session, LessonAnswers.FLIPPED));
        HttpResponse<String> reading = answer(session, "design-filter/reading",
                LessonAnswers.readingForm(pageInTheOtherTab, LessonAnswers.featureMap(EXAMPLE, KERNEL)));

        assertEquals(409, reading.statusCode(), "graded against a map the page did not show: " + reading.body());
        assertEquals(earned, progress(session).get("xpEarned").asDouble());
        assertEquals(303, answer(session, "design-filter/reading",
                LessonAnswers.readingForm(page(session), LessonAnswers.featureMap(LessonAnswers.FLIPPED, KERNEL)))
                        .statusCode(),
                "the reading of the map the page shows now goes through");
    }

    @Test
    void aReadingWhoseMapRevisionIsNoNumberIsRefusedAsMalformedNotOutOfDate() {
        SandboxLaunch.Launched session = launch("sandbox-learner-2");
        assertEquals(303, checkRightMap(session, EXAMPLE));
        Map<String, String> form = new LinkedHashMap<>(
                LessonAnswers.readingForm(page(session), LessonAnswers.featureMap(EXAMPLE, KERNEL)));
        form.put("map-revision", "zzz");

        HttpResponse<String> reading = answer(session, "design-filter/reading", form);

        assertEquals(400, reading.statusCode(), reading.body());
        assertTrue(reading.body().contains("map-revision field holds &#39;zzz&#39;"), reading.body());
    }

    @Test
    void thePageSourceDoesNotGiveTheMatchingAnswersAway() {
        String html = page(launch("sandbox-learner-1"));

        for (String pairId : new String[] {"filter", "feature-map", "weight-sharing", "max-pooling", "relu"}) {
            assertFalse(html.contains("<option value=\"" + pairId + "\""), pairId);
        }
    }

    @Test
    void theInstructorsPreviewLinksBackToTheClassViewAndALearnersLessonDoesNot() {
        SandboxLaunch.Launched instructor = launch("sandbox-instructor");
        String classView = instructor.landingPage().body();
        assertTrue(classView.contains("href=\"/s/" + instructor.handle() + "/lesson\""), "the class view offers the preview");

        assertTrue(page(instructor).contains("<a href=\"/s/" + instructor.handle() + "/instructor\">Back to the class view</a>"),
                "inside an LMS frame there is no Back button to rely on");
        assertFalse(page(launch("sandbox-learner-1")).contains("Back to the class view"));
    }

    @Test
    void anInstructorsPreviewAnswerIsStoredWithTheInstructorRole() {
        SandboxLaunch.Launched instructor = launch("sandbox-instructor");
        HttpResponse<String> response = answer(instructor, "weight-sharing-question/choice",
                LessonAnswers.choice(page(instructor), "weight-sharing-question", "reused-everywhere"));

        assertEquals(303, response.statusCode());
        String role = app.app().database().jdbi().withHandle(h -> h.createQuery("SELECT a.role FROM activity_attempt a"
                        + " JOIN lesson_progress p ON p.id = a.lesson_progress_id WHERE p.subject = 'sandbox-instructor'"
                        + " AND a.activity_id = 'weight-sharing-question'")
                .mapTo(String.class).list().get(0));
        assertEquals("instructor", role);
    }
}

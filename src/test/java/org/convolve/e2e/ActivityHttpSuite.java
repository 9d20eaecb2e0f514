package org.convolve.e2e;

import static org.convolve.e2e.LessonAnswers.EXAMPLE;
import static org.convolve.e2e.LessonAnswers.KERNEL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.Test;

/** Answering the lesson over real HTTP after a sandbox launch; subclasses choose the database. */
abstract class ActivityHttpSuite {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern XP_TEXT = Pattern.compile("id=\"xp-text\">([^<]*)<");

    abstract TestApp app();

    SandboxLaunch.Launched launch(String user) {
        return SandboxLaunch.as(app(), user);
    }

    static JsonNode progress(SandboxLaunch.Launched session) {
        HttpResponse<String> response = session.browser().get(session.url("/progress"));
        assertEquals(200, response.statusCode(), response.body());
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError(response.body(), e);
        }
    }

    static HttpResponse<String> answer(SandboxLaunch.Launched session, String activityAndPart, Map<String, String> form) {
        return session.post("/activities/" + activityAndPart, form);
    }

    /** Steps 1-4 answered right for this image, as the page offers them; the status of the answer. */
    static int checkRightMap(SandboxLaunch.Launched session, int[][] image) {
        return answer(session, "design-filter/feature-map", LessonAnswers.featureMapForm(page(session), image,
                LessonAnswers.boxed(LessonAnswers.featureMap(image, KERNEL)))).statusCode();
    }

    static String page(SandboxLaunch.Launched session) {
        HttpResponse<String> lesson = session.lesson();
        assertEquals(200, lesson.statusCode());
        return lesson.body();
    }

    static Map<String, String> exampleWith(String html, String field, String value) {
        Map<String, String> form = new LinkedHashMap<>(LessonAnswers.featureMapForm(html, EXAMPLE,
                LessonAnswers.boxed(LessonAnswers.featureMap(EXAMPLE, KERNEL))));
        form.put(field, value);
        return form;
    }

    /** Answers every form of the lesson right, one after the other, as the page offers them. */
    static void answerEverythingRight(SandboxLaunch.Launched session) {
        assertEquals(303, answer(session, "match-terms/pairs", LessonAnswers.matching(page(session), 5)).statusCode());
        for (String question : new String[] {"weight-sharing-question", "night-infrared-question"}) {
            assertEquals(303, answer(session, question + "/choice", LessonAnswers.choice(page(session), question,
                    LessonAnswers.correctOption(question))).statusCode());
        }
        int[][] map = LessonAnswers.featureMap(EXAMPLE, KERNEL);
        assertEquals(303, answer(session, "design-filter/feature-map",
                LessonAnswers.featureMapForm(page(session), EXAMPLE, LessonAnswers.boxed(map))).statusCode());
        assertEquals(303, answer(session, "design-filter/reading",
                LessonAnswers.readingForm(page(session), map)).statusCode());
        assertEquals(303, answer(session, "design-filter/filter", LessonAnswers.filterForm(page(session),
                new int[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}})).statusCode());
    }

    @Test
    void aLearnerWhoAnswersEverythingRightEarnsTwentyXpAndCompletesTheLesson() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");

        answerEverythingRight(session);

        JsonNode progress = progress(session);
        assertEquals(20.0, progress.get("xpEarned").asDouble());
        assertEquals(20, progress.get("xpAvailable").asInt());
        assertTrue(progress.get("completed").asBoolean());
        assertTrue(page(session).contains("20 of 20 XP · 4 of 4 activities answered"));
    }

    @Test
    void theLessonsXpArrivesInThePlatformsGradebookAsCompleted() throws InterruptedException {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");

        answerEverythingRight(session);

        var gradebook = app().app().sandboxServices().orElseThrow().gradebook();
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(20).toNanos();
        while (!gradebook.result(1, "sandbox-learner-1")
                .filter(r -> Double.valueOf(20.0).equals(r.scoreGiven()) && "Completed".equals(r.activityProgress()))
                .isPresent()) {
            assertTrue(System.nanoTime() < deadline, "20 of 20 never reached the gradebook: "
                    + gradebook.result(1, "sandbox-learner-1"));
            Thread.sleep(50);
        }
        assertEquals(20.0, gradebook.result(1, "sandbox-learner-1").orElseThrow().scoreMaximum());
    }

    @Test
    void aReplayedFormIsRefusedWith409AndCountsNothing() {
        SandboxLaunch.Launched session = launch("sandbox-learner-2");
        String html = page(session);
        Map<String, String> wrong = LessonAnswers.choice(html, "weight-sharing-question", "pooling-discards");
        Map<String, String> right = LessonAnswers.choice(html, "weight-sharing-question", "reused-everywhere");
        assertEquals(303, answer(session, "weight-sharing-question/choice", wrong).statusCode());

        HttpResponse<String> replay = answer(session, "weight-sharing-question/choice", right);

        assertEquals(409, replay.statusCode());
        assertTrue(replay.body().contains("This copy was not saved; what was saved before still counts."), replay.body());
        assertTrue(replay.body().contains("<a href=\"/s/" + session.handle() + "/lesson\">Back to the lesson</a>"),
                "inside a frame there is no address bar: the page links back to the lesson\n" + replay.body());
        assertEquals(0.0, progress(session).get("activities").get("weight-sharing-question").get("xpEarned").asDouble());
    }

    @Test
    void relaunchingRestoresAnswersAndXp() {
        SandboxLaunch.Launched first = launch("sandbox-learner-1");
        answerEverythingRight(first);

        SandboxLaunch.Launched again = launch("sandbox-learner-1");

        assertFalse(first.handle().equals(again.handle()));
        String html = page(again);
        assertEquals(20.0, progress(again).get("xpEarned").asDouble());
        assertTrue(html.contains("name=\"image-2-1\" id=\"design-filter-image-2-1\" aria-label=\"Image, row 3, column 2\""
                + " value=\"9\""), "the typed image comes back");
        assertTrue(html.contains("value=\"reused-everywhere\" checked"), "the chosen option comes back");
    }

    @Test
    void aLetterInTheImageIsNamedBesideItsCellAndEverythingTypedIsKept() {
        SandboxLaunch.Launched session = launch("sandbox-learner-1");
        HttpResponse<String> response = answer(session, "design-filter/feature-map",
                exampleWith(page(session), "image-1-2", "x"));

        assertEquals(422, response.statusCode());
        assertTheLetterIsMarkedAndEverythingTypedKept(response.body());
    }

    /** The grid form sent back for the letter 'x' typed in row 2, column 3 of the image. */
    private static void assertTheLetterIsMarkedAndEverythingTypedKept(String html) {
        assertTrue(html.contains("id=\"design-filter-image-1-2\" aria-label=\"Image, row 2, column 3\" value=\"x\""
                + " aria-invalid=\"true\" aria-describedby=\"design-filter-image-1-2-error\""), html);
        assertTrue(html.contains("<li class=\"field-error\" id=\"design-filter-image-1-2-error\">Image, row 2, column 3:"
                + " &#39;x&#39; is not a digit from 0 to 9.</li>"), html);
        assertTrue(html.contains("name=\"image-2-1\" id=\"design-filter-image-2-1\" aria-label=\"Image, row 3, column 2\""
                + " value=\"9\""), "the other typed cells are kept");
        assertTrue(html.contains("name=\"cell-0-0\" id=\"design-filter-cell-0-0\" aria-label=\"Feature map, row 1,"
                + " column 1\" value=\"22\""), "the typed feature map is kept");
    }

    /** Posts as lesson.js does: asking for only the answered activity and the XP bar back. */
    static HttpResponse<String> answerInPlace(SandboxLaunch.Launched session, String activityAndPart,
                                              Map<String, String> form) {
        Map<String, String> withToken = new LinkedHashMap<>(form);
        withToken.putIfAbsent("csrf", session.csrf());
        return session.browser().postWithHeader(session.url("/activities/" + activityAndPart), withToken,
                "Convolve-Update", "part");
    }

    private static String xpText(String html) {
        Matcher text = XP_TEXT.matcher(html);
        assertTrue(text.find(), "no XP bar in " + html);
        return text.group(1);
    }

    @Test
    void anAnswerFromTheEnhancedPageGetsBackOnlyItsActivityAndTheXpBarAndIsSaved() {
        // A learner of its own: the PostgreSQL suite shares one tool between its tests.
        SandboxLaunch.Launched session = launch("load-learner-9001");
        String before = page(session);

        HttpResponse<String> response = answerInPlace(session, "weight-sharing-question/choice",
                LessonAnswers.choice(before, "weight-sharing-question", "reused-everywhere"));

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String part = response.body();
        assertTrue(part.contains("id=\"weight-sharing-question-choice-feedback\""), part);
        assertTrue(part.contains("value=\"reused-everywhere\" checked"), part);
        assertTrue(part.contains("id=\"weight-sharing-question-xp\""), part);
        assertFalse(part.contains("<html") || part.contains("id=\"match-terms\"") || part.contains("id=\"design-filter\""),
                "nothing but the answered activity and the XP bar: " + part);
        String after = page(session);
        assertFalse(xpText(before).equals(xpText(after)), "the answer earned XP");
        assertEquals(xpText(after), xpText(part), "the XP bar sent back is the one the page now shows");
        assertTrue(after.contains("value=\"reused-everywhere\" checked"), "the answer was saved");
    }

    @Test
    void aMistakeSentFromTheEnhancedPageComesBackAsItsActivityAloneWith422() {
        SandboxLaunch.Launched session = launch("load-learner-9002");

        HttpResponse<String> response = answerInPlace(session, "design-filter/feature-map",
                exampleWith(page(session), "image-1-2", "x"));

        assertEquals(422, response.statusCode());
        assertTheLetterIsMarkedAndEverythingTypedKept(response.body());
        assertFalse(response.body().contains("id=\"weight-sharing-question\""), response.body());
    }
}

package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convolve.gradesync.EarnedScore;
import org.convolve.gradesync.SandboxFixture;
import org.convolve.sandbox.SandboxGradebook;
import org.convolve.testing.Html;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The instructor's view of grade sync and the course roster, with the tool's own worker running. */
class InstructorGradeSyncTest {
    private static final Pattern SEND_AGAIN = Pattern.compile(
            "data-subject=\"sandbox-learner-1\">.*?action=\"/s/[^/\"]+(/[^\"]+/send-again)\"", Pattern.DOTALL);
    private static final Pattern SEND_REFUSED_AGAIN = Pattern.compile("<tr class=\"sync-refused\" data-subject="
            + "\"sandbox-learner-2\">.*?action=\"/s/[^/\"]+(/[^\"]+/send-again)\"", Pattern.DOTALL);
    private static TestApp app;
    private static SandboxFixture sandbox;

    @BeforeAll
    static void start() {
        app = TestApp.onH2(Map.of("CONVOLVE_GRADESYNC_POLL_MILLIS", "100"));
        sandbox = new SandboxFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static void earn(String learner, double xp) {
        app.app().database().jdbi().useTransaction(handle -> app.app().gradeSync().outbox().enqueue(handle,
                sandbox.learnerOnSandboxLink(learner), EarnedScore.forLesson("cnn-basics",
                        "Convolutional Networks for Vision", xp, 20, false, Instant.now())));
    }

    /** Reloads the page the instructor's launch led to until it shows the text. */
    private static String waitForPage(SandboxLaunch.Launched instructor, String text) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = instructor.landingPage().body();
            if (body.contains(text)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("'" + text + "' never appeared in:\n" + body);
    }

    /** Reloads the page until sandbox-learner-2's row matches, its cells given as a regular expression. */
    private static String waitForRow(SandboxLaunch.Launched instructor, String cells) throws InterruptedException {
        return waitForRow(instructor, "sandbox-learner-2", cells);
    }

    private static String waitForRow(SandboxLaunch.Launched instructor, String subject, String cells)
            throws InterruptedException {
        Pattern row = Pattern.compile("<tr class=\"sync-[a-z]+\" data-subject=\"" + subject + "\">\\s*<th scope=\"row\">"
                + "[^<]*</th><td>[^<]*</td><td class=\"sync-score\">[^<]*</td>\\s*<td class=\"sync-state\">" + cells);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        String body = "";
        while (System.nanoTime() < deadline) {
            body = instructor.landingPage().body();
            if (row.matcher(body).find()) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(subject + "'s row never showed " + cells + " in:\n" + body);
    }

    @Test
    void showsDeliveredScoresTheWholeRosterAndSendsAgain() throws Exception {
        SandboxLaunch.as(app, "sandbox-learner-1");
        earn("sandbox-learner-1", 12.5);
        SandboxLaunch.Launched instructor = SandboxLaunch.as(app, "sandbox-instructor");
        assertTrue(instructor.landing().getPath().endsWith("/instructor"));

        // This learner's row: another test's learner may already show "Delivered".
        String page = waitForPage(instructor, "<tr class=\"sync-delivered\" data-subject=\"sandbox-learner-1\">");
        assertTrue(page.contains("12.5 / 20"), "written as the lesson writes XP: " + page);
        assertTrue(page.contains("the gradebook keeps the newest score it accepts"), "what Send again does: " + page);
        assertTrue(page.contains("Sam Okafor"), "a member who never opened the lesson is listed");
        assertTrue(page.contains("<th scope=\"row\">Jordan Lee</th><td>Instructor</td><td><span aria-hidden=\"true\">–</span>"
                + "<span class=\"visually-hidden\">not a learner</span>"), "an instructor's previews are not opening it: " + page);
        assertTrue(page.contains("Learner") && page.contains("Instructor"), page);

        Matcher action = SEND_AGAIN.matcher(page);
        assertTrue(action.find(), page);
        HttpResponse<String> again = instructor.post(Html.unescape(action.group(1)), Map.of());
        assertEquals(303, again.statusCode());
        String after = instructor.browser().get(instructor.app().url("/").resolve(
                again.headers().firstValue("Location").orElseThrow())).body();
        // The copy may already have arrived by the time the page is read; the notice says which.
        assertTrue(again.headers().firstValue("Location").orElseThrow().endsWith("#sent-notice"),
                "the fragment puts focus on the notice, so it is read out");
        assertTrue(Pattern.compile("id=\"sent-notice\" tabindex=\"-1\">[^<]+&#39;s score for “Convolutional Networks for Vision”"
                + " (is queued and will be sent again in a moment|was sent again and has arrived)\\.").matcher(after).find(),
                after);
        assertTrue(after.contains("aria-label=\"Send again: "), "each button names its learner and column: " + after);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (app.app().sandboxServices().orElseThrow().gradebook()
                .result(1, "sandbox-learner-1").map(SandboxGradebook.Result::timesReceived).orElse(0) < 2) {
            assertTrue(System.nanoTime() < deadline, "the copy was never delivered");
            Thread.sleep(100);
        }
    }

    @Test
    void showsARefusalWithThePlatformsReason() throws Exception {
        app.app().database().jdbi().useTransaction(handle -> app.app().gradeSync().outbox().enqueue(handle,
                sandbox.launch("sandbox-instructor", List.of(SandboxFixture.LEARNER), Optional.of(sandbox.item(1)),
                        SandboxFixture.ALL_AGS, "sandbox-link-cnn"),
                EarnedScore.forLesson("cnn-basics", "Convolutional Networks for Vision", 3, 20, false, Instant.now())));
        SandboxLaunch.Launched instructor = SandboxLaunch.as(app, "sandbox-instructor");

        String page = waitForPage(instructor, "Refused by the platform");
        assertTrue(page.contains("not a student"), page);
        assertTrue(page.contains("The platform did not accept the score as sent ("), "said in words first: " + page);
        assertTrue(page.contains("then send the score again") || page.contains("send the score again."), page);
        assertTrue(page.contains("The gradebook holds no score from Convolve yet."), page);
    }

    @Test
    void aScoreTheGradebookRefusedArrivesOnceTheInstructorSendsItAgain() throws Exception {
        HttpBrowser platformAdmin = new HttpBrowser();
        platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "422", "count", "0"));
        earn("sandbox-learner-2", 9);
        SandboxLaunch.Launched instructor = SandboxLaunch.as(app, "sandbox-instructor");
        String page = waitForPage(instructor, "refused this on purpose");
        platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "none"));

        Matcher action = SEND_REFUSED_AGAIN.matcher(page);
        assertTrue(action.find(), page);
        assertEquals(303, instructor.post(Html.unescape(action.group(1)), Map.of()).statusCode());

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (app.app().sandboxServices().orElseThrow().gradebook().result(1, "sandbox-learner-2")
                .filter(result -> Double.valueOf(9).equals(result.scoreGiven())).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the score sent again never arrived");
            Thread.sleep(100);
        }
    }

    /** Without the score's time, a copy refused again looked exactly like the refusal the instructor had acted on. */
    @Test
    void aScoreRefusedAgainAfterSendAgainShowsTheNewerScore() throws Exception {
        HttpBrowser platformAdmin = new HttpBrowser();
        platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "422", "count", "0"));
        try {
            earn("sandbox-learner-2", 8);
            SandboxLaunch.Launched instructor = SandboxLaunch.as(app, "sandbox-instructor");
            String refused = waitForRow(instructor, "Refused by the platform</td><td class=\"sync-detail\">Score of ");
            String first = scoreTime(refused);
            Matcher action = SEND_REFUSED_AGAIN.matcher(refused);
            assertTrue(action.find(), refused);

            assertEquals(303, instructor.post(Html.unescape(action.group(1)), Map.of()).statusCode());

            String again = waitForRow(instructor, "Refused by the platform</td><td class=\"sync-detail\">Score of (?!"
                    + Pattern.quote(first) + ")");
            assertTrue(scoreTime(again).compareTo(first) > 0, first + " then " + scoreTime(again));

            // Delivered in the end, so that no refused row is left for the other tests to find.
            platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "none"));
            Matcher last = SEND_REFUSED_AGAIN.matcher(again);
            assertTrue(last.find(), again);
            assertEquals(303, instructor.post(Html.unescape(last.group(1)), Map.of()).statusCode());
            waitForRow(instructor, "Delivered");
        } finally {
            platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "none"));
        }
    }

    private static String scoreTime(String page) {
        Matcher time = Pattern.compile("data-subject=\"sandbox-learner-2\">.*?Score of ([0-9-]{10} [0-9:]{8}) UTC",
                Pattern.DOTALL).matcher(page);
        assertTrue(time.find(), page);
        return time.group(1);
    }

    @Test
    void aRefusedScoreSaysWhatTheGradebookStillHolds() throws Exception {
        HttpBrowser platformAdmin = new HttpBrowser();
        earn("sandbox-learner-2", 4);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (app.app().sandboxServices().orElseThrow().gradebook().result(1, "sandbox-learner-2")
                .filter(result -> Double.valueOf(4).equals(result.scoreGiven())).isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the score of 4 never arrived");
            Thread.sleep(100);
        }
        SandboxLaunch.Launched instructor = SandboxLaunch.as(app, "sandbox-instructor");
        platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "422", "count", "0"));
        try {
            earn("sandbox-learner-2", 6);

            String page = waitForRow(instructor, "Refused by the platform</td><td class=\"sync-detail\">[^<]*"
                    + "The gradebook holds 4 / 20, sent on [0-9-]{10} [0-9:]{8} UTC\\.");
            assertTrue(page.contains("6 / 20"), page);
        } finally {
            platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "none"));
        }
    }

    @Test
    void aScoreBeingSentAgainSaysWhyTheLastTryFailedAndThePageSaysWhenItWasRead() throws Exception {
        HttpBrowser platformAdmin = new HttpBrowser();
        platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "503", "count", "1", "retryAfter", "2"));
        try {
            earn("sandbox-learner-2", 7);
            SandboxLaunch.Launched instructor = SandboxLaunch.as(app, "sandbox-instructor");
            waitForRow(instructor, "Waiting</td><td class=\"sync-detail\">Convolve tries again [^<]*503");
            // The next try answers slowly, so the page can be read while it is under way.
            platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "slow", "hangMillis", "4000"));

            String page = waitForRow(instructor,
                    "Being sent now</td><td class=\"sync-detail\">The last try did not get through: [^<]*503");
            assertTrue(Pattern.compile("As of [0-9]{2}:[0-9]{2}:[0-9]{2} UTC; reload the page").matcher(page).find(), page);
        } finally {
            platformAdmin.post(app.url("/sandbox/faults"), Map.of("kind", "none"));
        }
    }

    /** Two links of one lesson make two gradebook columns of one name; the class view is opened from one of them. */
    @Test
    void aScoreForAnotherLinkOfTheCourseIsMarkedSo() throws Exception {
        app.app().database().jdbi().useTransaction(handle -> app.app().gradeSync().outbox().enqueue(handle,
                sandbox.launch("load-learner-77", List.of(SandboxFixture.LEARNER), Optional.empty(), SandboxFixture.ALL_AGS,
                        "second-link-of-the-lesson"),
                EarnedScore.forLesson("cnn-basics", "Convolutional Networks for Vision", 3, 20, false, Instant.now())));
        earn("sandbox-learner-2", 6);
        SandboxLaunch.Launched instructor = SandboxLaunch.as(app, "sandbox-instructor");

        // Both delivered before the test ends: a delivery still under way would take another test's one-off fault.
        waitForRow(instructor, "Delivered");
        String page = waitForRow(instructor, "load-learner-77", "Delivered");

        assertEquals("Convolutional Networks for Vision (another link in this course)", column(page, "load-learner-77"));
        assertEquals("Convolutional Networks for Vision", column(page, "sandbox-learner-2"));
    }

    /** The Column cell of a learner's grade-sync row. */
    private static String column(String page, String subject) {
        Matcher cell = Pattern.compile("data-subject=\"" + subject + "\">\\s*<th scope=\"row\">[^<]*</th><td>([^<]*)</td>")
                .matcher(page);
        assertTrue(cell.find(), page);
        return cell.group(1);
    }

    @Test
    void aLearnerCannotSendScoresAgain() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, "sandbox-learner-2");
        HttpResponse<String> refused = learner.post("/instructor/grades/1/send-again", Map.of());
        assertEquals(403, refused.statusCode());
        assertTrue(refused.body().contains("instructors only"), refused.body());
    }

    @Test
    void publishesGradeSyncMetrics() {
        String metrics = new HttpBrowser().get(app.url("/metrics")).body();
        for (String name : List.of("convolve_scores_pending", "convolve_scores_delivered_total",
                "convolve_scores_refused_total", "convolve_scores_retries_total", "convolve_ags_token_fetches_total")) {
            assertTrue(metrics.contains(name), name + " missing");
        }
    }
}

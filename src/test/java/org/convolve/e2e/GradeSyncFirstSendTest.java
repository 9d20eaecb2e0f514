package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.convolve.gradesync.EarnedScore;
import org.convolve.gradesync.SandboxFixture;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A score not yet tried, as an instance without the delivery worker shows it while another instance
 * delivers: it is sent for the first time, not tried again.
 */
class GradeSyncFirstSendTest {
    private static TestApp app;
    private static SandboxFixture sandbox;

    @BeforeAll
    static void start() {
        app = TestApp.onH2(Map.of("CONVOLVE_GRADESYNC_ENABLED", "false"));
        sandbox = new SandboxFixture(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aScoreNotYetTriedIsSentNotTriedAgain() {
        app.app().database().jdbi().useTransaction(handle -> app.app().gradeSync().outbox().enqueue(handle,
                sandbox.learnerOnSandboxLink("sandbox-learner-1"), EarnedScore.forLesson("cnn-basics",
                        "Convolutional Networks for Vision", 5, 20, false, Instant.now())));

        String page = SandboxLaunch.as(app, "sandbox-instructor").landingPage().body();

        assertTrue(page.contains("Waiting</td><td class=\"sync-detail\">Convolve sends it within seconds."), page);
        assertFalse(page.contains("tries again"), page);
    }
}

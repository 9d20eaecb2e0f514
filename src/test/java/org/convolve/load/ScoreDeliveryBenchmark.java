package org.convolve.load;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.convolve.gradesync.EarnedScore;
import org.convolve.gradesync.SandboxFixture;
import org.convolve.sandbox.SandboxGradebook;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TestApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How long the grade outbox takes to deliver a burst of scores to the sandbox's AGS while a share
 * of its answers fail with 503. Counts what the gradebook received, so a score delivered twice or
 * not at all shows. Not part of the test run: see README, "Performance".
 */
@Command(name = "score-delivery", mixinStandardHelpOptions = true)
public final class ScoreDeliveryBenchmark implements java.util.concurrent.Callable<Integer> {
    @Option(names = "--scores", defaultValue = "1000")
    int scores;
    @Option(names = "--failing-share", defaultValue = "0.2", description = "share of AGS answers that are 503")
    double failingShare;
    @Option(names = "--retry-base-millis", defaultValue = "250",
            description = "the tool's CONVOLVE_GRADESYNC_RETRY_BASE_MILLIS (default as in production)")
    int retryBaseMillis;
    @Option(names = "--timeout-seconds", defaultValue = "120")
    int timeoutSeconds;

    public static void main(String[] args) {
        System.exit(new CommandLine(new ScoreDeliveryBenchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (scores < 1 || scores > 10_000) {
            throw new CommandLine.ParameterException(new CommandLine(this), "scores must be 1..10000");
        }
        try (TestApp app = TestApp.onH2(Map.of("CONVOLVE_GRADESYNC_RETRY_BASE_MILLIS", String.valueOf(retryBaseMillis)))) {
            SandboxFixture sandbox = new SandboxFixture(app);
            new HttpBrowser().post(app.url("/sandbox/faults"), Map.of(
                    "kind", "503", "count", "0", "fraction", String.valueOf(failingShare)));

            long started = System.nanoTime();
            app.app().database().jdbi().useTransaction(handle -> {
                for (int i = 1; i <= scores; i++) {
                    app.app().gradeSync().outbox().enqueue(handle, sandbox.learnerOnSandboxLink("load-learner-" + i),
                            EarnedScore.forLesson("cnn-basics", "Convolutional Networks for Vision", i % 21, 20,
                                    false, Instant.now()));
                }
            });
            long enqueued = System.nanoTime();
            SandboxGradebook gradebook = app.app().sandboxServices().orElseThrow().gradebook();
            long deadline = started + Duration.ofSeconds(timeoutSeconds).toNanos();
            int received = 0;
            while (System.nanoTime() < deadline) {
                received = 0;
                for (int i = 1; i <= scores; i++) {
                    received += gradebook.result(1, "load-learner-" + i).isPresent() ? 1 : 0;
                }
                if (received == scores) {
                    break;
                }
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int twice = 0;
            for (int i = 1; i <= scores; i++) {
                twice += gradebook.result(1, "load-learner-" + i).map(r -> r.timesReceived() > 1 ? 1 : 0).orElse(0);
            }
            System.out.printf("%d scores queued in %.2f s; %d of them in the gradebook after %.2f s"
                            + " with %.0f%% of AGS answers failing with 503; received more than once: %d%n",
                    scores, (enqueued - started) / 1e9, received, seconds, failingShare * 100, twice);
            return received == scores && twice == 0 ? 0 : 1;
        }
    }
}

package org.convolve.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convolve.grading.Xp;
import org.convolve.progress.Answer;
import org.convolve.progress.AnswerRole;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.LessonProgress;
import org.convolve.progress.Part;
import org.convolve.progress.Placement;
import org.convolve.progress.StaleFormException;
import org.junit.jupiter.api.Test;

/** The progress store's rules, run against a real database; subclasses choose which. */
abstract class ProgressStoreSuite {

    abstract Database database();

    private JdbcProgressStore store() {
        return new JdbcProgressStore(database().jdbi(), Clock.systemUTC());
    }

    private static LearnerKey learner(String subject) {
        return new Placement("https://lms.example", "client-" + UUID.randomUUID(), "deployment-1", "course-1", "link-1",
                "cnn-basics").learner(subject);
    }

    private static Answer pairs(int revision, double earned, AnswerRole role) {
        return Answer.graded("match-terms", Part.PAIRS, revision, role, "{\"sent\":" + revision + "}",
                "{\"state\":" + revision + "}", new Xp(earned, 5));
    }

    @Test
    void savesEachGradedAnswerAsAnAttemptAndKeepsTheBestAndTheLatestState() {
        LearnerKey key = learner("learner-1");
        store().save(key, pairs(0, 4, AnswerRole.LEARNER), (tx, after) -> { });
        store().save(key, pairs(1, 2, AnswerRole.LEARNER), (tx, after) -> { });

        LessonProgress progress = store().load(key);
        var part = progress.part("match-terms", Part.PAIRS).orElseThrow();
        assertEquals(4, part.bestXp());
        assertEquals(2, part.gradedAttempts());
        assertEquals(2, part.revision());
        assertEquals("{\"state\":1}", part.stateJson());
        List<Map<String, Object>> attempts = database().jdbi().withHandle(h -> h.createQuery(
                "SELECT a.role, a.submitted_json, a.xp_earned FROM activity_attempt a JOIN lesson_progress p"
                        + " ON p.id = a.lesson_progress_id WHERE p.client_id = :client ORDER BY a.id")
                .bind("client", key.placement().clientId()).mapToMap().list());
        assertEquals(2, attempts.size());
        assertEquals("learner", attempts.get(0).get("role"));
        assertEquals("{\"sent\":1}", attempts.get(1).get("submitted_json"));
    }

    @Test
    void keepsTheRoleOfAnInstructorsPreviewAnswer() {
        LearnerKey key = learner("instructor-1");
        store().save(key, pairs(0, 5, AnswerRole.INSTRUCTOR), (tx, after) -> { });

        String role = database().jdbi().withHandle(h -> h.createQuery("SELECT a.role FROM activity_attempt a"
                        + " JOIN lesson_progress p ON p.id = a.lesson_progress_id WHERE p.client_id = :client")
                .bind("client", key.placement().clientId()).mapTo(String.class).one());
        assertEquals("instructor", role);
    }

    @Test
    void theProgressASaveReturnsIsWhatAFreshReadFinds() {
        LearnerKey key = learner("learner-1");
        store().save(key, choice(), (tx, after) -> { });

        LessonProgress returned = store().save(key, pairs(0, 3, AnswerRole.LEARNER), (tx, after) -> { });

        assertEquals(store().load(key), returned);
    }

    @Test
    void twoFirstAnswersOfOneLearnerAtTheSameMomentBothCount() throws Exception {
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 20; round++) {
                LearnerKey key = learner("learner-" + round);
                CyclicBarrier together = new CyclicBarrier(2);
                Future<LessonProgress> matching = two.submit(() -> {
                    together.await();
                    return store().save(key, pairs(0, 4, AnswerRole.LEARNER), (tx, after) -> { });
                });
                Future<LessonProgress> question = two.submit(() -> {
                    together.await();
                    return store().save(key, choice(), (tx, after) -> { });
                });
                int seenByMatching = matching.get(30, TimeUnit.SECONDS).parts().size();
                int seenByQuestion = question.get(30, TimeUnit.SECONDS).parts().size();

                LessonProgress saved = store().load(key);
                assertEquals(2, saved.parts().size(), "round " + round);
                // Whichever save committed second must have counted the other's part in the score it queued.
                assertEquals(2, Math.max(seenByMatching, seenByQuestion), "round " + round);
                int rows = database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM lesson_progress WHERE client_id = :client")
                        .bind("client", key.placement().clientId()).mapTo(Integer.class).one());
                assertEquals(1, rows);
            }
        } finally {
            two.shutdownNow();
        }
    }

    @Test
    void anAnswerThatComesWhileAnotherIsBeingSavedCountsThatOneOnceItIsSaved() throws Exception {
        LearnerKey key = learner("learner-overlap");
        store().save(key, Answer.graded("night-infrared-question", Part.CHOICE, 0, AnswerRole.LEARNER,
                "{\"option\":\"b\"}", "{\"tried\":[\"b\"]}", new Xp(2, 2)), (tx, after) -> { });
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch firstIsSaving = new CountDownLatch(1);
            Future<LessonProgress> first = two.submit(() -> store().save(key, pairs(0, 4, AnswerRole.LEARNER),
                    (tx, after) -> {
                        firstIsSaving.countDown();
                        sleep(500); // still inside its transaction, as a score being queued is
                    }));
            assertTrue(firstIsSaving.await(30, TimeUnit.SECONDS));
            Future<LessonProgress> second = two.submit(() -> store().save(key, choice(), (tx, after) -> { }));

            assertEquals(2, first.get(30, TimeUnit.SECONDS).parts().size());
            assertEquals(3, second.get(30, TimeUnit.SECONDS).parts().size(),
                    "the score the second answer queues must count the first one's part");
        } finally {
            two.shutdownNow();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Answer choice() {
        return Answer.graded("weight-sharing-question", Part.CHOICE, 0, AnswerRole.LEARNER,
                "{\"option\":\"a\"}", "{\"tried\":[\"a\"]}", new Xp(2, 2));
    }

    @Test
    void refusesAReplayedRevisionAndCountsNothingTwice() {
        LearnerKey key = learner("learner-1");
        store().save(key, pairs(0, 2, AnswerRole.LEARNER), (tx, after) -> { });
        List<Double> sunk = new ArrayList<>();

        assertThrows(StaleFormException.class,
                () -> store().save(key, pairs(0, 5, AnswerRole.LEARNER), (tx, after) -> sunk.add(1.0)));

        var part = store().load(key).part("match-terms", Part.PAIRS).orElseThrow();
        assertEquals(2, part.bestXp());
        assertEquals(1, part.gradedAttempts());
        assertTrue(sunk.isEmpty(), "a refused answer reaches no score sink");
    }

    @Test
    void refusesTheSecondOfTwoFirstAnswersSentWithTheSameForm() {
        LearnerKey key = learner("learner-1");
        store().save(key, pairs(0, 1, AnswerRole.LEARNER), (tx, after) -> { });

        assertThrows(StaleFormException.class, () -> store().save(key, pairs(0, 1, AnswerRole.LEARNER), (tx, a) -> { }));
    }

    @Test
    void rollsTheAnswerBackWhenTheScoreSinkFails() {
        LearnerKey key = learner("learner-1");

        assertThrows(IllegalStateException.class, () -> store().save(key, pairs(0, 5, AnswerRole.LEARNER),
                (tx, after) -> {
                    throw new IllegalStateException("outbox unavailable");
                }));

        assertTrue(store().load(key).parts().isEmpty());
        long attempts = database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM activity_attempt a"
                        + " JOIN lesson_progress p ON p.id = a.lesson_progress_id WHERE p.client_id = :client")
                .bind("client", key.placement().clientId()).mapTo(Long.class).one());
        assertEquals(0, attempts);
    }

    @Test
    void theSinkSeesTheProgressAfterTheAnswerInsideTheSameTransaction() {
        LearnerKey key = learner("learner-1");
        List<Integer> seen = new ArrayList<>();
        store().save(key, pairs(0, 3, AnswerRole.LEARNER), (tx, after) -> seen.add(tx.createQuery(
                        "SELECT COUNT(*) FROM activity_attempt a JOIN lesson_progress p ON p.id = a.lesson_progress_id"
                                + " WHERE p.client_id = :client")
                .bind("client", key.placement().clientId()).mapTo(Integer.class).one()));

        assertEquals(List.of(1), seen);
    }

    @Test
    void twoLearnersProgressNeverMixes() {
        LearnerKey first = learner("learner-1");
        LearnerKey second = first.placement().learner("learner-2");
        store().save(first, pairs(0, 5, AnswerRole.LEARNER), (tx, after) -> { });

        assertTrue(store().load(second).parts().isEmpty());
        store().save(second, pairs(0, 1, AnswerRole.LEARNER), (tx, after) -> { });
        assertEquals(5, store().load(first).part("match-terms", Part.PAIRS).orElseThrow().bestXp());
        assertEquals(1, store().load(second).part("match-terms", Part.PAIRS).orElseThrow().bestXp());
    }

    @Test
    void theSameLessonPlacedTwiceIsGradedSeparately() {
        LearnerKey first = learner("learner-1");
        Placement placed = first.placement();
        LearnerKey otherPlacement = new Placement(placed.issuer(), placed.clientId(), placed.deploymentId(),
                placed.contextId(), "link-2", placed.lessonId()).learner(first.subject());
        store().save(first, pairs(0, 5, AnswerRole.LEARNER), (tx, after) -> { });

        assertTrue(store().load(otherPlacement).parts().isEmpty());
    }

    @Test
    void theSameLinkIdInAnotherCourseIsAnotherPlacement() {
        // LTI makes a link id unique within its deployment only; a learner's answers must not follow it elsewhere.
        LearnerKey first = learner("learner-1");
        Placement placed = first.placement();
        store().save(first, pairs(0, 5, AnswerRole.LEARNER), (tx, after) -> { });

        LearnerKey otherCourse = new Placement(placed.issuer(), placed.clientId(), placed.deploymentId(),
                "course-2", placed.resourceLinkId(), placed.lessonId()).learner(first.subject());
        LearnerKey otherDeploymentAndCourse = new Placement(placed.issuer(), placed.clientId(), "deployment-2",
                "course-9", placed.resourceLinkId(), placed.lessonId()).learner(first.subject());

        assertTrue(store().load(otherCourse).parts().isEmpty());
        assertTrue(store().load(otherDeploymentAndCourse).parts().isEmpty());
        store().save(otherCourse, pairs(0, 1, AnswerRole.LEARNER), (tx, after) -> { });
        assertEquals(5, store().load(first).part("match-terms", Part.PAIRS).orElseThrow().bestXp());
        assertEquals(1, store().load(otherCourse).part("match-terms", Part.PAIRS).orElseThrow().bestXp());
    }

    @Test
    void progressFollowsTheCourseAndLinkIntoTheDeploymentThatReplacedTheirs() {
        // Canvas gives a tool installed again a new deployment id; the course and its links keep theirs.
        LearnerKey before = learner("learner-1");
        store().save(before, pairs(0, 4, AnswerRole.LEARNER), (tx, after) -> { });
        Placement placed = before.placement();
        LearnerKey reinstalled = new Placement(placed.issuer(), placed.clientId(), "deployment-after-reinstall",
                placed.contextId(), placed.resourceLinkId(), placed.lessonId()).learner(before.subject());

        assertEquals(4, store().load(reinstalled).part("match-terms", Part.PAIRS).orElseThrow().bestXp());
        store().save(reinstalled, pairs(1, 5, AnswerRole.LEARNER), (tx, after) -> { });
        assertEquals(5, store().load(reinstalled).part("match-terms", Part.PAIRS).orElseThrow().bestXp());
        int rows = database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM lesson_progress"
                + " WHERE client_id = :client").bind("client", placed.clientId()).mapTo(Integer.class).one());
        assertEquals(1, rows, "one row, moved, not copied");
    }

    @Test
    void simultaneousFirstVisitsUnderTheNewDeploymentAllFindTheProgress() throws Exception {
        // Two tabs, or the LMS frame and a new window, loading at once: each must see the row, moved by whichever.
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (int trial = 0; trial < 25; trial++) {
                LearnerKey before = learner("learner-" + trial);
                store().save(before, pairs(0, 4, AnswerRole.LEARNER), (tx, after) -> { });
                Placement placed = before.placement();
                LearnerKey reinstalled = new Placement(placed.issuer(), placed.clientId(), "deployment-new",
                        placed.contextId(), placed.resourceLinkId(), placed.lessonId()).learner(before.subject());
                CyclicBarrier together = new CyclicBarrier(4);
                List<Future<LessonProgress>> loads = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    loads.add(pool.submit(() -> {
                        together.await(5, TimeUnit.SECONDS);
                        return store().load(reinstalled);
                    }));
                }
                for (Future<LessonProgress> load : loads) {
                    assertEquals(4, load.get(10, TimeUnit.SECONDS).part("match-terms", Part.PAIRS).orElseThrow().bestXp(),
                            "trial " + trial);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}

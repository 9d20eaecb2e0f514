package org.convolve.gradesync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.convolve.lti.ags.LineItem;
import org.convolve.lti.ags.LineItemService;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.sandbox.SandboxGradebook;
import org.convolve.sandbox.SandboxPlatform;
import org.convolve.testing.TestApp;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox's rules, against the running tool's sandbox platform over real HTTP, on the
 * database a subclass chooses. The app's own worker is off; tests run their own workers.
 */
abstract class OutboxContract {
    static final String LEARNER_1 = "sandbox-learner-1";
    static final String LEARNER_2 = "sandbox-learner-2";

    TestApp app;
    SandboxFixture sandbox;
    Jdbi jdbi;
    SimpleMeterRegistry meters;
    GradeSync sync;

    abstract TestApp startApp(Map<String, String> env);

    @BeforeEach
    void start() {
        app = startApp(Map.of("CONVOLVE_GRADESYNC_ENABLED", "false"));
        sandbox = new SandboxFixture(app);
        jdbi = app.app().database().jdbi();
        meters = new SimpleMeterRegistry();
        sync = gradeSync(settings());
    }

    @AfterEach
    void stop() {
        sync.close();
        app.close();
    }

    GradeSyncSettings settings() {
        return new GradeSyncSettings(false, Duration.ofMillis(50), Duration.ofSeconds(30), Duration.ofMillis(20),
                Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(1), 1);
    }

    GradeSync gradeSync(GradeSyncSettings settings) {
        return GradeSync.create(jdbi, sandbox.platforms(), sandbox.toolKeys(), Clock.systemUTC(), meters, settings,
                "ConvolveTest");
    }

    long enqueue(LtiLaunch launch, EarnedScore score) {
        return jdbi.inTransaction(handle -> sync.outbox().enqueue(handle, launch, score)).orElseThrow();
    }

    static EarnedScore lessonXp(double xp, boolean completed, Instant at) {
        return EarnedScore.forLesson("cnn-basics", "Convolutional Networks for Vision", xp, 20, completed, at);
    }

    OutboxState state(long id) {
        return OutboxState.valueOf(jdbi.withHandle(h -> h.createQuery("SELECT state FROM score_outbox WHERE id = :id")
                .bind("id", id).mapTo(String.class).one()));
    }

    OutboxEntry row(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT * FROM score_outbox WHERE id = :id").bind("id", id)
                .map(OutboxRows.INSTANCE).one());
    }

    SandboxGradebook gradebook() {
        return app.app().sandboxServices().orElseThrow().gradebook();
    }

    void deliverUntil(GradeSyncWorker worker, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not delivered within 30 s");
            }
            worker.deliverDue();
            Thread.sleep(20);
        }
    }

    double counter(String name) {
        return meters.counter(name).count();
    }

    @Test
    void deliversAnEnqueuedScoreAsXpOutOfTheLessonsXp() throws Exception {
        long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(14, false, Instant.now()));

        deliverUntil(sync.worker(), () -> state(id) == OutboxState.DELIVERED);

        SandboxGradebook.Result result = gradebook().result(1, LEARNER_1).orElseThrow();
        assertEquals(14.0, result.scoreGiven());
        assertEquals(20.0, result.scoreMaximum());
        assertEquals("InProgress", result.activityProgress());
        assertEquals("FullyGraded", result.gradingProgress());
        assertEquals(1.0, counter("convolve.scores.delivered"));
    }

    @Test
    void marksTheScoreCompletedOnceEveryActivityIsDone() throws Exception {
        long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(20, true, Instant.now()));

        deliverUntil(sync.worker(), () -> state(id) == OutboxState.DELIVERED);

        assertEquals("Completed", gradebook().result(1, LEARNER_1).orElseThrow().activityProgress());
    }

    @Test
    void writesNoScoreWhenTheProgressTransactionRollsBack() {
        IllegalStateException failure = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> jdbi.useTransaction(handle -> {
                    sync.outbox().enqueue(handle, sandbox.learnerOnSandboxLink(LEARNER_1),
                            lessonXp(5, false, Instant.now()));
                    assertEquals(1, handle.createQuery("SELECT COUNT(*) FROM score_outbox").mapTo(Integer.class).one(),
                            "queued inside the transaction");
                    throw new IllegalStateException("progress failed to save");
                }));
        assertEquals("progress failed to save", failure.getMessage());
        int rows = jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM score_outbox").mapTo(Integer.class).one());
        assertEquals(0, rows);
    }

    @Test
    void refusesToEnqueueOutsideATransaction() {
        IllegalStateException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                () -> jdbi.useHandle(handle -> sync.outbox().enqueue(handle, sandbox.learnerOnSandboxLink(LEARNER_1),
                        lessonXp(5, false, Instant.now()))));
        assertTrue(e.getMessage().contains("transaction"));
    }

    @Test
    void queuesNothingForALaunchWithoutTheScoreScope() {
        LtiLaunch readOnly = sandbox.launch(LEARNER_1, List.of(SandboxFixture.LEARNER), Optional.of(sandbox.item(1)),
                List.of(AgsEndpoint.SCOPE_LINEITEM_READONLY), SandboxPlatform.RESOURCE_LINK_ID);
        assertTrue(jdbi.inTransaction(h -> sync.outbox().enqueue(h, readOnly, lessonXp(5, false, Instant.now()))).isEmpty());
    }

    @Test
    void givesEachScoreForALearnerAndLineItemATimestampAWholeSecondAfterTheLast() {
        Instant now = Instant.now();
        LtiLaunch launch = sandbox.learnerOnSandboxLink(LEARNER_1);
        long first = enqueue(launch, lessonXp(1, false, now));
        long second = enqueue(launch, lessonXp(2, false, now));
        long olderEvent = enqueue(launch, lessonXp(3, false, now.minusSeconds(30)));
        long otherLearner = enqueue(sandbox.learnerOnSandboxLink(LEARNER_2), lessonXp(3, false, now));

        Instant base = now.truncatedTo(ChronoUnit.SECONDS);
        assertEquals(base, row(first).scoreTimestamp());
        assertEquals(base.plusSeconds(1), row(second).scoreTimestamp());
        assertEquals(base.plusSeconds(2), row(olderEvent).scoreTimestamp());
        assertEquals(base, row(otherLearner).scoreTimestamp());
    }

    @Test
    void aNewerScoreSupersedesAnUndeliveredOlderOne() throws Exception {
        LtiLaunch launch = sandbox.learnerOnSandboxLink(LEARNER_1);
        long older = enqueue(launch, lessonXp(5, false, Instant.now()));
        long newer = enqueue(launch, lessonXp(9, false, Instant.now()));

        assertEquals(OutboxState.SUPERSEDED, state(older));
        deliverUntil(sync.worker(), () -> state(newer) == OutboxState.DELIVERED);

        assertEquals(9.0, gradebook().result(1, LEARNER_1).orElseThrow().scoreGiven());
        assertEquals(1, gradebook().result(1, LEARNER_1).orElseThrow().timesReceived());
    }

    @Test
    void theCourseStatusShowsEachLearnersNewestScoreOnly() throws Exception {
        LtiLaunch first = sandbox.learnerOnSandboxLink(LEARNER_1);
        long delivered = enqueue(first, lessonXp(5, false, Instant.now()));
        deliverUntil(sync.worker(), () -> state(delivered) == OutboxState.DELIVERED);
        long newest = enqueue(first, lessonXp(9, false, Instant.now()));
        LtiLaunch second = sandbox.learnerOnSandboxLink(LEARNER_2);
        enqueue(second, lessonXp(2, false, Instant.now()));
        long secondsNewest = enqueue(second, lessonXp(4, false, Instant.now()));

        List<OutboxEntry> status = sync.status().latestFor(new CourseKey(sandbox.issuer(), SandboxPlatform.CLIENT_ID,
                SandboxPlatform.DEPLOYMENT_ID, SandboxPlatform.COURSE_ID));

        assertEquals(Set.of(newest, secondsNewest),
                status.stream().map(OutboxEntry::id).collect(Collectors.toSet()),
                "one row per learner, the newest, though the first learner's older score was delivered");
        assertEquals(0, sync.status().latestFor(new CourseKey(sandbox.issuer(), SandboxPlatform.CLIENT_ID,
                SandboxPlatform.DEPLOYMENT_ID, "another-course")).size());
        assertEquals(0, sync.status().latestFor(new CourseKey(sandbox.issuer(), SandboxPlatform.CLIENT_ID,
                "another-deployment", SandboxPlatform.COURSE_ID)).size(), "a context id is unique within its deployment only");
    }

    @Test
    void retriesServerErrorsRateLimitsAndHangsUntilTheScoreArrives() throws Exception {
        for (String fault : List.of("500", "503", "429", "403", "hang")) {
            sandbox.fault(fault, 2, 0, 3_000);
            long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(3, false, Instant.now()));

            deliverUntil(sync.worker(), () -> state(id) == OutboxState.DELIVERED);

            assertEquals(3, row(id).attempts(), "after two " + fault + " answers");
        }
        assertEquals(10.0, counter("convolve.scores.retries"));
        assertEquals(5, gradebook().result(1, LEARNER_1).orElseThrow().timesReceived());
    }

    @Test
    void onlyALearnersFirstScoreForAColumnIsANewSubmissionToCanvas() throws Exception {
        long first = enqueue(sandbox.learnerOnSandboxLink(LEARNER_2), lessonXp(2, false, Instant.now()));
        deliverUntil(sync.worker(), () -> state(first) == OutboxState.DELIVERED);
        assertEquals(1, gradebook().result(1, LEARNER_2).orElseThrow().submissions(),
                "the first score starts the learner's submission");
        long second = enqueue(sandbox.learnerOnSandboxLink(LEARNER_2), lessonXp(7, false, Instant.now()));
        deliverUntil(sync.worker(), () -> state(second) == OutboxState.DELIVERED);

        SandboxGradebook.Result result = gradebook().result(1, LEARNER_2).orElseThrow();
        assertEquals(2, result.timesReceived());
        assertEquals(1, result.submissions(), "Canvas would have counted one attempt, not one per score");
    }

    @Test
    void aScoreLandedByAWorkerWhoseLeaseRanOutStillCountsAsTheFirstSubmission() throws Exception {
        long older = enqueue(sandbox.learnerOnSandboxLink(LEARNER_2), lessonXp(2, false, Instant.now()));
        OutboxQueue firstWorker = new OutboxQueue(jdbi, Clock.systemUTC(), Duration.ofSeconds(1));
        ClaimedScore hung = firstWorker.claimNext().orElseThrow();
        Thread.sleep(1_100); // its POST hangs past the lease
        long newer = enqueue(sandbox.learnerOnSandboxLink(LEARNER_2), lessonXp(7, false, Instant.now()));
        OutboxQueue secondWorker = new OutboxQueue(jdbi, Clock.systemUTC(), Duration.ofSeconds(30));
        ClaimedScore next = secondWorker.claimNext().orElseThrow();
        assertEquals(newer, next.entry().id());

        // The hung POST lands while the second worker is still busy with the scores claimed before this one.
        assertInstanceOf(DeliveryOutcome.Delivered.class, sync.worker().send(hung));
        assertTrue(firstWorker.delivered(hung.entry(), 200));
        assertEquals(OutboxState.DELIVERED, state(older));
        assertInstanceOf(DeliveryOutcome.Delivered.class, sync.worker().send(next));

        SandboxGradebook.Result result = gradebook().result(1, LEARNER_2).orElseThrow();
        assertEquals(2, result.timesReceived());
        assertEquals(1, result.submissions(), "Canvas would have counted a second attempt");
    }

    @Test
    void aScoreWhoseAnswerWasLostIsDeliveredWhenMoodleSaysItHasItAlready() throws Exception {
        sandbox.fault("lost", 1, 0, 3_000);
        long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(13, false, Instant.now()));

        deliverUntil(sync.worker(), () -> state(id) != OutboxState.PENDING);

        assertEquals(OutboxState.DELIVERED, state(id), "the retry met a 409 for the score the lost answer was about");
        assertEquals(2, row(id).attempts());
        assertEquals(13.0, gradebook().result(1, LEARNER_1).orElseThrow().scoreGiven());
    }

    @Test
    void aScoreWhoseAnswerWasLostAndWhoseNextTryFailedIsStillDeliveredWhenMoodleHasIt() throws Exception {
        sandbox.fault("lost", 1, 0, 3_000);
        long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(12, false, Instant.now()));
        deliverUntil(sync.worker(), () -> row(id).lastMessage().isPresent());
        assertEquals(1, row(id).attempts(), "the lost answer is recorded before the next try");
        sandbox.fault("503", 1, 0, 0);

        deliverUntil(sync.worker(), () -> state(id) != OutboxState.PENDING);

        assertEquals(OutboxState.DELIVERED, state(id), "a 503 between the lost answer and the 409 changes nothing");
        assertEquals(3, row(id).attempts());
        assertEquals(12.0, gradebook().result(1, LEARNER_1).orElseThrow().scoreGiven());
    }

    @Test
    void aScoreSentByAWorkerKilledBeforeItRecordedTheAnswerIsDeliveredWhenMoodleHasIt() throws Exception {
        long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_2), lessonXp(11, false, Instant.now()));
        OutboxQueue killedWorker = new OutboxQueue(jdbi, Clock.systemUTC(), Duration.ofSeconds(1));
        ClaimedScore claimed = killedWorker.claimNext().orElseThrow();
        assertInstanceOf(DeliveryOutcome.Delivered.class, sync.worker().send(claimed), "it reached the platform");
        Thread.sleep(1_100); // the worker died before recording the 200, and its lease runs out

        deliverUntil(sync.worker(), () -> state(id) != OutboxState.PENDING);

        assertEquals(OutboxState.DELIVERED, state(id), "the next worker's 409 means the score is there");
        assertEquals(11.0, gradebook().result(1, LEARNER_2).orElseThrow().scoreGiven());
    }

    @Test
    void waitsAsLongAsRetryAfterAsks() {
        sandbox.fault("429", 1, 7, 0);
        long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(3, false, Instant.now()));
        Instant before = Instant.now();

        sync.worker().deliverDue();

        OutboxEntry entry = row(id);
        assertEquals(OutboxState.PENDING, entry.state());
        assertEquals(429, entry.lastStatus().orElseThrow());
        assertTrue(entry.nextAttemptAt().isAfter(before.plusSeconds(6)), "next attempt " + entry.nextAttemptAt());
        SandboxGradebook.Received refused = gradebook().received().get(0);
        assertEquals(List.of(429, LEARNER_1), List.of(refused.status(), refused.userId()),
                "the sandbox's list of posts shows the ones it failed on purpose too");
        assertEquals(1L, gradebook().answersByStatus().get(429));
    }

    @Test
    void keepsAPermanentRefusalWithThePlatformsAnswer() throws Exception {
        // The sandbox, like Canvas, refuses a grade for someone who is not a student of the course.
        LtiLaunch notAStudent = sandbox.launch("sandbox-instructor", List.of(SandboxFixture.LEARNER),
                Optional.of(sandbox.item(1)), SandboxFixture.ALL_AGS, SandboxPlatform.RESOURCE_LINK_ID);
        long id = enqueue(notAStudent, lessonXp(3, false, Instant.now()));

        deliverUntil(sync.worker(), () -> state(id) != OutboxState.PENDING);

        OutboxEntry entry = row(id);
        assertEquals(OutboxState.REFUSED, entry.state());
        assertEquals(422, entry.lastStatus().orElseThrow());
        assertTrue(entry.lastMessage().orElseThrow().contains("not a student"), entry.lastMessage().orElseThrow());
        assertEquals(1, entry.attempts());
        assertEquals(1.0, counter("convolve.scores.refused"));
        assertEquals(OutboxState.REFUSED, sync.status().latestFor(new CourseKey(sandbox.issuer(),
                SandboxPlatform.CLIENT_ID, SandboxPlatform.DEPLOYMENT_ID, SandboxPlatform.COURSE_ID)).get(0).state());
    }

    @Test
    void findsOrCreatesTheLineItemWhenTheLaunchNamesNone() throws Exception {
        EarnedScore matching = EarnedScore.forActivity("cnn-basics", "matching", "Match the terms", 4, 5, true,
                Instant.now());
        LtiLaunch first = sandbox.launch(LEARNER_1, List.of(SandboxFixture.LEARNER), Optional.empty(),
                SandboxFixture.ALL_AGS, "link-without-item");
        LtiLaunch second = sandbox.launch(LEARNER_2, List.of(SandboxFixture.LEARNER), Optional.empty(),
                SandboxFixture.ALL_AGS, "link-without-item");
        long a = enqueue(first, matching);
        long b = enqueue(second, matching);

        deliverUntil(sync.worker(), () -> state(a) == OutboxState.DELIVERED && state(b) == OutboxState.DELIVERED);

        List<LineItem> items = new ArrayList<>();
        LineItemService service = new LineItemService(sandbox.serviceClient(() -> { }));
        service.find(sandbox.platform(), java.util.Set.copyOf(SandboxFixture.ALL_AGS), sandbox.container(),
                "link-without-item", matching.tag()).ifPresent(items::add);
        assertEquals(1, items.size());
        assertEquals(5.0, items.get(0).scoreMaximum());
        assertEquals(row(a).lineItem(), items.get(0).id());
        assertEquals(row(b).lineItem(), items.get(0).id());
    }

    @Test
    void refusesWhenThereIsNoLineItemAndNoRightToCreateOne() throws Exception {
        LtiLaunch gradeSyncOnly = sandbox.launch(LEARNER_1, List.of(SandboxFixture.LEARNER), Optional.empty(),
                List.of(AgsEndpoint.SCOPE_LINEITEM_READONLY, AgsEndpoint.SCOPE_SCORE), "link-never-coupled");
        long id = enqueue(gradeSyncOnly, lessonXp(3, false, Instant.now()));

        deliverUntil(sync.worker(), () -> state(id) != OutboxState.PENDING);

        assertEquals(OutboxState.REFUSED, state(id));
        assertTrue(row(id).lastMessage().orElseThrow().contains("lineitem scope"));
    }

    @Test
    void sendAgainQueuesAFreshCopyOnlyForTheInstructorsOwnCourse() throws Exception {
        long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(6, false, Instant.now()));
        deliverUntil(sync.worker(), () -> state(id) == OutboxState.DELIVERED);
        CourseKey course = new CourseKey(sandbox.issuer(), SandboxPlatform.CLIENT_ID, SandboxPlatform.DEPLOYMENT_ID,
                SandboxPlatform.COURSE_ID);

        assertTrue(sync.outbox().sendAgain(new CourseKey(sandbox.issuer(), SandboxPlatform.CLIENT_ID,
                SandboxPlatform.DEPLOYMENT_ID, "other"), id).isEmpty());
        assertTrue(sync.outbox().sendAgain(new CourseKey(sandbox.issuer(), SandboxPlatform.CLIENT_ID,
                "another-deployment", SandboxPlatform.COURSE_ID), id).isEmpty(), "the same context id in another deployment");
        long copy = sync.outbox().sendAgain(course, id).orElseThrow();
        deliverUntil(sync.worker(), () -> state(copy) == OutboxState.DELIVERED);

        assertTrue(row(copy).scoreTimestamp().isAfter(row(id).scoreTimestamp()));
        assertEquals(2, gradebook().result(1, LEARNER_1).orElseThrow().timesReceived());
    }

    @Test
    void sendAgainFromAnOlderPageSendsTheLearnersNewestScoreNotTheOlderOne() throws Exception {
        // The instructor's page was opened when 9 was the newest; the learner has since earned 14.
        long older = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(9, false, Instant.now()));
        deliverUntil(sync.worker(), () -> state(older) == OutboxState.DELIVERED);
        long newer = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(14, false, Instant.now()));
        deliverUntil(sync.worker(), () -> state(newer) == OutboxState.DELIVERED);

        long copy = sync.outbox().sendAgain(new CourseKey(sandbox.issuer(), SandboxPlatform.CLIENT_ID,
                SandboxPlatform.DEPLOYMENT_ID, SandboxPlatform.COURSE_ID), older).orElseThrow();
        deliverUntil(sync.worker(), () -> state(copy) == OutboxState.DELIVERED);

        assertEquals(14.0, row(copy).scoreGiven());
        assertEquals(14.0, gradebook().result(1, LEARNER_1).orElseThrow().scoreGiven());
    }

    @Test
    void aKilledWorkersScoreIsDeliveredOnceItsLeaseRunsOut() throws Exception {
        long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(8, false, Instant.now()));
        OutboxQueue killed = new OutboxQueue(jdbi, Clock.systemUTC(), Duration.ofSeconds(2));
        OutboxEntry claimed = killed.claimNext().orElseThrow().entry();

        // A fresh start, as after the kill: the row is still leased, so it waits.
        try (GradeSync restarted = gradeSync(settings())) {
            assertEquals(0, restarted.worker().deliverDue());
            Thread.sleep(2_100);
            deliverUntil(restarted.worker(), () -> state(id) == OutboxState.DELIVERED);
        }

        assertFalse(killed.delivered(claimed, 200), "a worker whose lease was taken over changes nothing");
        assertEquals(1, gradebook().result(1, LEARNER_1).orElseThrow().timesReceived());
    }

    @Test
    void aNewerScoreWaitsForTheOneInFlightAndTheOlderIsNeverSentAfterIt() throws Exception {
        long older = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(3, false, Instant.now()));
        OutboxQueue stalled = new OutboxQueue(jdbi, Clock.systemUTC(), Duration.ofSeconds(2));
        assertEquals(older, stalled.claimNext().orElseThrow().entry().id());
        long newer = enqueue(sandbox.learnerOnSandboxLink(LEARNER_1), lessonXp(9, false, Instant.now()));

        assertEquals(0, sync.worker().deliverDue(), "two scores of one learner and column on their way at once");
        assertEquals(OutboxState.PENDING, state(newer));

        Thread.sleep(2_100); // the stalled worker's lease runs out, its score not sent
        deliverUntil(sync.worker(), () -> state(newer) == OutboxState.DELIVERED);

        assertEquals(OutboxState.SUPERSEDED, state(older), "the older score would have replaced the newer one");
        SandboxGradebook.Result result = gradebook().result(1, LEARNER_1).orElseThrow();
        assertEquals(1, result.timesReceived());
        assertEquals(9.0, result.scoreGiven());
    }

    @Test
    void theNextStartDeliversWhatIsPending() throws Exception {
        long id = enqueue(sandbox.learnerOnSandboxLink(LEARNER_2), lessonXp(11, false, Instant.now()));
        GradeSyncSettings on = new GradeSyncSettings(true, Duration.ofMillis(50), Duration.ofSeconds(30),
                Duration.ofMillis(20), Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(1), 4);

        try (GradeSync started = gradeSync(on).start()) {
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (state(id) != OutboxState.DELIVERED && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
        }
        assertEquals(OutboxState.DELIVERED, state(id));
        assertEquals(11.0, gradebook().result(1, LEARNER_2).orElseThrow().scoreGiven());
    }

    /** A matching score for each of {@code learners} learners on a link with no column yet, behind a slow platform. */
    List<Long> firstScoresForANewColumn(int learners, String link) {
        EarnedScore matching = EarnedScore.forActivity("cnn-basics", "matching", "Match the terms", 4, 5, true,
                Instant.now());
        List<Long> ids = new ArrayList<>();
        for (int n = 1; n <= learners; n++) {
            ids.add(enqueue(sandbox.launch("load-learner-" + n, List.of(SandboxFixture.LEARNER), Optional.empty(),
                    SandboxFixture.ALL_AGS, link), matching));
        }
        sandbox.fault("slow", 0, 0, 200);
        return ids;
    }

    GradeSyncSettings runningWith(int deliveryThreads) {
        return new GradeSyncSettings(true, Duration.ofMillis(50), Duration.ofSeconds(30), Duration.ofMillis(20),
                Duration.ofMillis(200), Duration.ofMillis(500), Duration.ofSeconds(2), deliveryThreads);
    }

    /** Waits for every score to be delivered, then checks they all went to one column, each once. */
    void assertAllDeliveredToOneColumn(List<Long> ids, String why) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!ids.stream().allMatch(id -> state(id) == OutboxState.DELIVERED) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(ids.stream().allMatch(id -> state(id) == OutboxState.DELIVERED), "all delivered");
        assertEquals(1, ids.stream().map(id -> row(id).lineItem().orElseThrow()).distinct().count(), why);
        assertEquals(ids.size(), gradebook().answersByStatus().get(200));
    }

    @Test
    void aLectureHallsScoresTravelFourAtOnceToOneNewColumn() throws Exception {
        List<Long> ids = firstScoresForANewColumn(20, "link-for-a-lecture-hall");

        try (GradeSync started = gradeSync(runningWith(4)).start()) {
            assertAllDeliveredToOneColumn(ids, "one new column for the whole class, not one per thread");
        }

        assertEquals(4, gradebook().inFlight().most(), "four threads, each sending one score at a time");
    }

    @Test
    void twoInstancesCreateOneNewColumnBetweenThem() throws Exception {
        // Enough for every thread of both instances to claim a batch (six each), so both need the column.
        List<Long> ids = firstScoresForANewColumn(24, "link-for-two-instances");

        try (GradeSync first = gradeSync(runningWith(2)).start(); GradeSync second = gradeSync(runningWith(2)).start()) {
            assertAllDeliveredToOneColumn(ids, "one new column, though both instances had scores for it at once");
        }
    }

    @Test
    void twoWorkersDeliverEachScoreExactlyOnce() throws Exception {
        LineItemService items = new LineItemService(sandbox.serviceClient(() -> { }));
        List<Long> ids = new ArrayList<>();
        for (int n = 0; n < 12; n++) {
            LineItem item = items.create(sandbox.platform(), java.util.Set.copyOf(SandboxFixture.ALL_AGS),
                    sandbox.container(), new LineItem(Optional.empty(), "Column " + n, 20, Optional.empty(),
                            Optional.of("race-" + n), Optional.empty()));
            for (String learner : List.of(LEARNER_1, LEARNER_2)) {
                ids.add(enqueue(sandbox.launch(learner, List.of(SandboxFixture.LEARNER), item.id(),
                        SandboxFixture.ALL_AGS, "race-link"), lessonXp(n, false, Instant.now())));
            }
        }
        try (GradeSync other = gradeSync(settings())) {
            ExecutorService threads = Executors.newFixedThreadPool(2);
            List<Future<?>> runs = new ArrayList<>();
            for (GradeSyncWorker worker : List.of(sync.worker(), other.worker())) {
                runs.add(threads.submit(() -> {
                    deliverUntil(worker, () -> ids.stream().allMatch(id -> state(id) == OutboxState.DELIVERED));
                    return null;
                }));
            }
            for (Future<?> run : runs) {
                run.get();
            }
            threads.shutdown();
        }
        List<SandboxGradebook.Received> received = gradebook().received();
        assertEquals(ids.size(), received.size(), "one POST per score");
        assertTrue(received.stream().allMatch(r -> r.status() == 200));
        for (long id : ids) {
            assertNotNull(row(id).deliveredAt().orElse(null));
        }
    }
}

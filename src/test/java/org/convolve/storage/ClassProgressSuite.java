package org.convolve.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.convolve.grading.Xp;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.loader.LessonLoader;
import org.convolve.progress.Answer;
import org.convolve.progress.AnswerRole;
import org.convolve.progress.ClassReport;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.Part;
import org.convolve.progress.Placement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The class statistics query's rules, run against a real database; subclasses choose which. */
abstract class ClassProgressSuite {
    private static final Lesson LESSON = new LessonLoader().loadCatalog(null).get("cnn-basics");
    private static final String ALL_RIGHT = "{\"pairs\":{\"filter\":\"filter\",\"feature-map\":\"feature-map\","
            + "\"weight-sharing\":\"weight-sharing\",\"max-pooling\":\"max-pooling\",\"relu\":\"relu\"}}";
    private static final String POOLING_AND_RELU_SWAPPED = "{\"pairs\":{\"filter\":\"filter\","
            + "\"feature-map\":\"feature-map\",\"weight-sharing\":\"weight-sharing\",\"max-pooling\":\"relu\","
            + "\"relu\":\"max-pooling\"}}";

    private Placement placement;
    private JdbcProgressStore store;

    abstract Database database();

    @BeforeEach
    void newPlacement() {
        placement = new Placement("https://lms.example", "client-" + UUID.randomUUID(), "deployment-1", "course-1",
                "link-1", "cnn-basics");
        store = new JdbcProgressStore(database().jdbi(), Clock.systemUTC());
    }

    private LearnerKey person(String subject) {
        return placement.learner(subject);
    }

    private void pairs(LearnerKey key, int revision, AnswerRole role, String json, double xp) {
        store.save(key, Answer.graded("match-terms", Part.PAIRS, revision, role, json, json, new Xp(xp, 5)),
                (tx, after) -> { });
    }

    private void choice(LearnerKey key, int revision, AnswerRole role, String option, double xp) {
        String json = "{\"option\":\"" + option + "\"}";
        store.save(key, Answer.graded("weight-sharing-question", Part.CHOICE, revision, role, json, json,
                new Xp(xp, 2)), (tx, after) -> { });
    }

    private void launchedAs(String subject, String name) {
        database().jdbi().useHandle(h -> h.createUpdate("INSERT INTO launch_session (handle, issuer, client_id,"
                        + " deployment_id, subject, display_name, roles, message_type, launch_json, created_at,"
                        + " expires_at) VALUES (:handle, :issuer, :client, 'd1', :subject, :name, 'Learner',"
                        + " 'LtiResourceLinkRequest', '{}', 1, 2)")
                .bind("handle", UUID.randomUUID().toString())
                .bind("issuer", placement.issuer())
                .bind("client", placement.clientId())
                .bind("subject", subject)
                .bind("name", name)
                .execute());
    }

    /** Two learners and an instructor's preview; Ada ends all right, Ben only ever misses. */
    private ClassReport classOfTwoAndAPreview() {
        LearnerKey ada = person("ada");
        pairs(ada, 0, AnswerRole.LEARNER, POOLING_AND_RELU_SWAPPED, 3);
        pairs(ada, 1, AnswerRole.LEARNER, ALL_RIGHT, 5);
        choice(ada, 0, AnswerRole.LEARNER, "local-patches", 0);
        choice(ada, 1, AnswerRole.LEARNER, "reused-everywhere", 2);
        LearnerKey ben = person("ben");
        pairs(ben, 0, AnswerRole.LEARNER, "{\"pairs\":{\"max-pooling\":\"relu\"}}", 0);
        choice(ben, 0, AnswerRole.LEARNER, "local-patches", 0);
        LearnerKey teacher = person("teacher");
        pairs(teacher, 0, AnswerRole.INSTRUCTOR, "{\"pairs\":{\"filter\":\"relu\",\"relu\":\"filter\"}}", 0);
        choice(teacher, 0, AnswerRole.INSTRUCTOR, "zero-weights", 0);
        launchedAs("ada", "Ada Lovelace");
        return new JdbcClassProgress(database().jdbi()).report(placement, LESSON);
    }

    @Test
    void listsEachLearnersBestXpPerActivityAndTheirTotal() {
        ClassReport report = classOfTwoAndAPreview();

        assertEquals(List.of("ada", "ben"), report.learners().stream().map(ClassReport.LearnerXp::subject).toList());
        ClassReport.LearnerXp ada = report.learners().get(0);
        assertEquals(Optional.of("Ada Lovelace"), ada.name());
        assertEquals(Optional.of(5.0), ada.xp("match-terms"));
        assertEquals(Optional.of(2.0), ada.xp("weight-sharing-question"));
        assertEquals(Optional.empty(), ada.xp("design-filter"));
        assertEquals(7.0, ada.total());
        assertEquals(2, ada.activitiesAnswered());
        ClassReport.LearnerXp ben = report.learners().get(1);
        assertEquals(Optional.empty(), ben.name());
        assertEquals(0.0, ben.total());
    }

    @Test
    void leavesOutSomeoneWhoOnlyAnsweredAsAnInstructor() {
        ClassReport report = classOfTwoAndAPreview();

        assertTrue(report.learners().stream().noneMatch(l -> l.subject().equals("teacher")));
        assertEquals(3.5, report.averageTotal().orElseThrow());
    }

    @Test
    void averagesEachActivityOverTheLearnersWhoTriedIt() {
        ClassReport report = classOfTwoAndAPreview();

        ClassReport.ActivityAverage matching = report.averages().stream()
                .filter(a -> a.activity().id().equals("match-terms")).findFirst().orElseThrow();
        assertEquals(2.5, matching.average().orElseThrow());
        assertEquals(2, matching.learnersTried());
        ClassReport.ActivityAverage grid = report.averages().stream()
                .filter(a -> a.activity().id().equals("design-filter")).findFirst().orElseThrow();
        assertTrue(grid.average().isEmpty());
    }

    @Test
    void ranksThePairsLearnersPlacedWrongWorstFirstCountingEachLearnerOnce() {
        ClassReport report = classOfTwoAndAPreview();

        assertEquals(List.of("max-pooling", "relu"), report.missedPairs().stream().map(m -> m.pair().id()).toList());
        assertEquals(2, report.missedPairs().get(0).learnersWrong());
        assertEquals(2, report.missedPairs().get(0).learnersAnswered());
        assertEquals(0.5, report.missedPairs().get(1).shareWrong());
    }

    @Test
    void countsTheOptionEachLearnerChoseFirst() {
        ClassReport report = classOfTwoAndAPreview();

        ClassReport.QuestionChoices question = report.questions().stream()
                .filter(q -> q.question().id().equals("weight-sharing-question")).findFirst().orElseThrow();
        assertEquals(2, question.learnersAnswered());
        assertEquals(0, question.correct().learners(), "Ada chose the right option only on her second answer");
        assertEquals(List.of("local-patches"), question.missedOptions().stream().map(o -> o.option().id()).toList());
        assertEquals(2, question.missedOptions().get(0).learners());
    }

    @Test
    void keepsOtherPlacementsOfTheLessonApart() {
        classOfTwoAndAPreview();
        Placement elsewhere = new Placement(placement.issuer(), placement.clientId(), placement.deploymentId(),
                placement.contextId(), "link-2", "cnn-basics");

        ClassReport report = new JdbcClassProgress(database().jdbi()).report(elsewhere, LESSON);

        assertTrue(report.learners().isEmpty());
        assertTrue(report.missedPairs().isEmpty());
        assertTrue(report.averageTotal().isEmpty());
    }

    @Test
    void theSameLinkIdInAnotherDeploymentOrCourseIsAnotherClass() {
        // LTI makes a link id unique within its deployment only.
        classOfTwoAndAPreview();
        JdbcClassProgress classes = new JdbcClassProgress(database().jdbi());

        for (Placement elsewhere : List.of(
                new Placement(placement.issuer(), placement.clientId(), "deployment-2", placement.contextId(),
                        placement.resourceLinkId(), "cnn-basics"),
                new Placement(placement.issuer(), placement.clientId(), placement.deploymentId(), "course-2",
                        placement.resourceLinkId(), "cnn-basics"))) {
            ClassReport report = classes.report(elsewhere, LESSON);
            assertTrue(report.learners().isEmpty(), elsewhere.toString());
            assertTrue(report.missedPairs().isEmpty(), elsewhere.toString());
        }
        assertEquals(2, classes.report(placement, LESSON).learners().size());
    }
}

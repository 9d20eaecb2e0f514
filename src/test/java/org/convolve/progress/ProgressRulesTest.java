package org.convolve.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.convolve.grading.Xp;
import org.convolve.lesson.Activity;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.loader.LessonLoader;
import org.junit.jupiter.api.Test;

class ProgressRulesTest {
    private static final Lesson LESSON = new LessonLoader().loadCatalog(null).get("cnn-basics");
    private static final Placement PLACEMENT = new Placement("https://lms.example", "client", "deployment-1",
            "course-1", "link-1", "cnn-basics");
    private static final LearnerKey KEY = PLACEMENT.learner("learner-1");

    private static Answer graded(String activity, Part part, int revision, double earned, double available,
                                 String state) {
        return Answer.graded(activity, part, revision, AnswerRole.LEARNER, state, state, new Xp(earned, available));
    }

    @Test
    void aRetryThatScoresLowerKeepsTheBestXp() {
        PartProgress part = PartProgress.untouched("match-terms", Part.PAIRS, 5)
                .after(graded("match-terms", Part.PAIRS, 0, 4, 5, "{\"first\":1}"))
                .after(graded("match-terms", Part.PAIRS, 1, 1, 5, "{\"second\":1}"));

        assertEquals(4, part.bestXp());
        assertEquals(2, part.gradedAttempts());
        assertEquals("{\"second\":1}", part.stateJson(), "the page restores the latest answer, not the best");
    }

    @Test
    void aRetryThatScoresHigherRaisesTheBestXp() {
        PartProgress part = PartProgress.untouched("match-terms", Part.PAIRS, 5)
                .after(graded("match-terms", Part.PAIRS, 0, 2, 5, "{}"))
                .after(graded("match-terms", Part.PAIRS, 1, 5, 5, "{}"));

        assertEquals(5, part.bestXp());
    }

    @Test
    void anUngradedSaveChangesWhatIsRestoredButNeitherTheScoreNorTheAttemptCount() {
        PartProgress part = PartProgress.untouched("design-filter", Part.FEATURE_MAP, 5)
                .after(graded("design-filter", Part.FEATURE_MAP, 0, 2, 5, "{\"checked\":true}"))
                .after(Answer.ungraded("design-filter", Part.FEATURE_MAP, 1, AnswerRole.LEARNER, "{\"random\":1}"));

        assertEquals(2, part.bestXp());
        assertEquals(1, part.gradedAttempts());
        assertEquals(2, part.revision());
        assertEquals("{\"random\":1}", part.stateJson());
    }

    @Test
    void refusesAnAnswerWhoseFormRevisionIsNotTheStoredOne() {
        PartProgress part = PartProgress.untouched("match-terms", Part.PAIRS, 5)
                .after(graded("match-terms", Part.PAIRS, 0, 2, 5, "{}"));

        assertThrows(StaleFormException.class, () -> part.after(graded("match-terms", Part.PAIRS, 0, 5, 5, "{}")));
    }

    @Test
    void anActivityEarnsTheSumOfItsPartsBestResults() {
        Activity grid = LESSON.activity("design-filter").orElseThrow();
        LessonProgress progress = new LessonProgress(KEY, List.of(
                new PartProgress("design-filter", Part.FEATURE_MAP, 2, 5, 3, 4, "{}"),
                new PartProgress("design-filter", Part.READING, 1.5, 2, 1, 1, "{}"),
                new PartProgress("design-filter", Part.FILTER, 4, 4, 1, 1, "{}")));

        assertEquals(7.5, progress.activityXp(grid));
    }

    @Test
    void theLessonXpIsTheSumOfEveryActivitysBest() {
        LessonProgress progress = new LessonProgress(KEY, List.of(
                new PartProgress("match-terms", Part.PAIRS, 3, 5, 2, 2, "{}"),
                new PartProgress("weight-sharing-question", Part.CHOICE, 2, 2, 1, 1, "{}"),
                new PartProgress("design-filter", Part.FILTER, 1, 4, 1, 1, "{}")));

        assertEquals(6, progress.xpEarned(LESSON));
    }

    @Test
    void aPartNeverCountsForMoreThanTheLessonNowOffersForIt() {
        LessonProgress progress = new LessonProgress(KEY, List.of(
                new PartProgress("weight-sharing-question", Part.CHOICE, 9, 9, 1, 1, "{}")));

        assertEquals(2, progress.xpEarned(LESSON));
    }

    @Test
    void theLessonIsCompletedOnlyWhenEveryPartOfEveryActivityHasBeenAnswered() {
        List<PartProgress> parts = new ArrayList<>();
        for (Activity activity : LESSON.activities()) {
            for (Part part : ActivityParts.of(activity)) {
                parts.add(new PartProgress(activity.id(), part, 0, 1, 1, 1, "{}"));
            }
        }
        assertTrue(new LessonProgress(KEY, parts).completed(LESSON), "answered, even with no XP, is completed");

        parts.removeIf(part -> part.part() == Part.READING);
        assertFalse(new LessonProgress(KEY, parts).completed(LESSON));
        assertEquals(LESSON.activities().size() - 1, new LessonProgress(KEY, parts).activitiesAnswered(LESSON));
    }

    @Test
    void theConvolutionGridsPartsAreWorthWhatItsBreakdownSays() {
        Activity grid = LESSON.activity("design-filter").orElseThrow();

        assertEquals(5, ActivityParts.xpAvailable(grid, Part.FEATURE_MAP));
        assertEquals(2, ActivityParts.xpAvailable(grid, Part.READING));
        assertEquals(4, ActivityParts.xpAvailable(grid, Part.FILTER));
        assertEquals(20, LESSON.activities().stream().mapToDouble(a -> ActivityParts.of(a).stream()
                .mapToDouble(p -> ActivityParts.xpAvailable(a, p)).sum()).sum());
    }

    @Test
    void theSameLessonPlacedTwiceIsTwoKeys() {
        LearnerKey other = new Placement(PLACEMENT.issuer(), PLACEMENT.clientId(), PLACEMENT.deploymentId(),
                PLACEMENT.contextId(), "link-2", PLACEMENT.lessonId()).learner(KEY.subject());

        assertFalse(KEY.equals(other));
        assertEquals(KEY.personId(), other.personId(), "but it is the same person, with the same matching order");
    }
}

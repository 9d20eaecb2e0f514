package org.convolve.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MatchingGraderTest {

    private static final MatchingKey KEY =
            new MatchingKey(List.of("filter", "feature-map", "weight-sharing", "max-pooling", "relu"));

    private final MatchingGrader grader = new MatchingGrader(KEY, 5);

    @Test
    void givesFullXpWhenEveryTermMeetsItsOwnDefinition() {
        MatchingResult result = grader.grade(MatchingAnswer.of(Map.of(
                "filter", "filter", "feature-map", "feature-map", "weight-sharing", "weight-sharing",
                "max-pooling", "max-pooling", "relu", "relu")));

        assertEquals(new Xp(5, 5), result.xp());
        assertEquals(5, result.count(Verdict.CORRECT));
        assertFalse(result.hasProblems());
    }

    @Test
    void gradesEachPairAsCorrectWrongOrUnanswered() {
        MatchingResult result = grader.grade(MatchingAnswer.of(Map.of(
                "filter", "filter", "feature-map", "feature-map", "weight-sharing", "weight-sharing",
                "max-pooling", "relu")));

        assertEquals(List.of(Verdict.CORRECT, Verdict.CORRECT, Verdict.CORRECT, Verdict.WRONG, Verdict.UNANSWERED),
                result.pairs().stream().map(PairOutcome::verdict).toList());
        assertEquals(Optional.of("relu"), result.pairs().get(3).chosenDefinitionId());
        assertEquals(Optional.empty(), result.pairs().get(4).chosenDefinitionId());
    }

    @Test
    void paysTheAvailableXpTimesTheShareOfCorrectPairs() {
        MatchingGrader fourXp = new MatchingGrader(KEY, 4);

        MatchingResult result = fourXp.grade(MatchingAnswer.of(Map.of("relu", "relu", "filter", "max-pooling")));

        assertEquals(4.0 * 1 / 5, result.xp().earned(), 1e-12);
        assertEquals(4.0, result.xp().available());
    }

    @Test
    void givesNothingForAnEmptyAnswer() {
        MatchingResult result = grader.grade(MatchingAnswer.of(Map.of()));

        assertEquals(0.0, result.xp().earned());
        assertEquals(5, result.count(Verdict.UNANSWERED));
    }

    @Test
    void treatsABlankDefinitionAsUnanswered() {
        Map<String, String> form = new HashMap<>();
        form.put("filter", "  ");
        form.put("relu", null);

        MatchingResult result = grader.grade(MatchingAnswer.of(form));

        assertEquals(5, result.count(Verdict.UNANSWERED));
        assertFalse(result.hasProblems());
    }

    @Test
    void reportsAnUnknownTermWithoutCountingIt() {
        MatchingResult result = grader.grade(MatchingAnswer.of(Map.of("relu", "relu", "dropout", "filter")));

        assertEquals(List.of("dropout"), result.unknownTermIds());
        assertEquals(1, result.count(Verdict.CORRECT));
        assertEquals(1.0, result.xp().earned(), 1e-12);
    }

    @Test
    void reportsAnUnknownDefinitionAndMarksThatPairWrong() {
        MatchingResult result = grader.grade(MatchingAnswer.of(Map.of("relu", "sigmoid")));

        assertEquals(List.of("sigmoid"), result.unknownDefinitionIds());
        assertEquals(Verdict.WRONG, result.pairs().get(4).verdict());
        assertTrue(result.hasProblems());
    }

    @Test
    void reportsADefinitionGivenToTwoTermsAndStillCreditsTheRightOne() {
        MatchingResult result = grader.grade(MatchingAnswer.of(Map.of("relu", "relu", "max-pooling", "relu")));

        assertEquals(List.of("relu"), result.definitionsUsedMoreThanOnce());
        assertEquals(Verdict.CORRECT, result.pairs().get(4).verdict());
        assertEquals(Verdict.WRONG, result.pairs().get(3).verdict());
        assertEquals(1.0, result.xp().earned(), 1e-12);
    }

    @Test
    void keyRefusesAPairIdUsedTwice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MatchingKey(List.of("relu", "filter", "relu")));

        assertEquals("pair id 'relu' appears more than once", e.getMessage());
    }

    @Test
    void keyRefusesToBeEmpty() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MatchingKey(List.of()));

        assertEquals("a matching activity needs at least one pair", e.getMessage());
    }

    @Test
    void refusesNegativeAvailableXp() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new MatchingGrader(KEY, -1));

        assertEquals("available XP must be a finite number of at least 0, got -1.0", e.getMessage());
    }
}

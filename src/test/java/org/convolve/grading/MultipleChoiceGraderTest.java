package org.convolve.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MultipleChoiceGraderTest {

    private static final MultipleChoiceKey KEY =
            new MultipleChoiceKey(List.of("fewer-pixels", "same-weights-everywhere", "pooling", "relu"),
                    "same-weights-everywhere");

    private final MultipleChoiceGrader grader = new MultipleChoiceGrader(KEY, 2);

    @Test
    void givesFullXpForTheCorrectOption() {
        MultipleChoiceResult result = grader.grade("same-weights-everywhere");

        assertTrue(result.correct());
        assertTrue(result.isValid());
        assertEquals(Optional.of("same-weights-everywhere"), result.chosenOptionId());
        assertEquals(new Xp(2, 2), result.xp());
    }

    @Test
    void givesNothingForAWrongOptionButRemembersWhichWasChosen() {
        MultipleChoiceResult result = grader.grade("pooling");

        assertFalse(result.correct());
        assertTrue(result.isValid());
        assertEquals(Optional.of("pooling"), result.chosenOptionId());
        assertEquals(new Xp(0, 2), result.xp());
    }

    @Test
    void answersAnUnknownOptionWithAnInvalidResultInsteadOfAnException() {
        MultipleChoiceResult result = grader.grade("dropout");

        assertFalse(result.isValid());
        assertFalse(result.correct());
        assertEquals(Optional.empty(), result.chosenOptionId());
        assertEquals(Optional.of("'dropout' is not one of this question's options"), result.problem());
        assertEquals(0.0, result.xp().earned());
    }

    @Test
    void answersAMissingChoiceWithAnInvalidResult() {
        assertEquals(Optional.of("no option was chosen"), grader.grade(null).problem());
        assertEquals(Optional.of("no option was chosen"), grader.grade("  ").problem());
    }

    @Test
    void doesNotEchoAnOverlongOptionIdInFull() {
        String forged = "x".repeat(10_000);

        String problem = grader.grade(forged).problem().orElseThrow();

        assertTrue(problem.length() < 100, problem);
    }

    @Test
    void keyRefusesACorrectOptionThatIsNotAmongTheOptions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MultipleChoiceKey(List.of("a", "b"), "c"));

        assertEquals("the correct option 'c' is not one of the options [a, b]", e.getMessage());
    }

    @Test
    void keyRefusesASingleOption() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new MultipleChoiceKey(List.of("a"), "a"));

        assertEquals("a multiple-choice question needs at least two options, got 1", e.getMessage());
    }
}

package org.convolve.grading;

import java.util.Optional;

/**
 * A graded choice. A missing or unknown option id is not an error: {@code problem} then says what
 * was wrong, no option counts as chosen and no XP is earned.
 */
public record MultipleChoiceResult(Optional<String> chosenOptionId, Optional<String> problem, boolean correct, Xp xp) {

    static MultipleChoiceResult graded(String chosenOptionId, boolean correct, Xp xp) {
        return new MultipleChoiceResult(Optional.of(chosenOptionId), Optional.empty(), correct, xp);
    }

    static MultipleChoiceResult invalid(String problem, double availableXp) {
        return new MultipleChoiceResult(Optional.empty(), Optional.of(problem), false, Xp.none(availableXp));
    }

    public boolean isValid() {
        return problem.isEmpty();
    }
}

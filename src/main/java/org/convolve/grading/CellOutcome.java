package org.convolve.grading;

import java.util.Optional;
import java.util.OptionalDouble;
import org.convolve.conv.CellPosition;
import org.convolve.conv.WorkedCell;

/** One feature-map cell: what the learner entered, the true value, and the working when it was wrong. */
public record CellOutcome(
        CellPosition cell,
        Verdict verdict,
        OptionalDouble entered,
        double expected,
        Optional<WorkedCell> workingWhenWrong) {
}

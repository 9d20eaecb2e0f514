package org.convolve.grading;

import java.util.Optional;

/** How a chosen meaning fared; an id outside the fixed choices is wrong and says why. */
public record MeaningOutcome(Optional<String> chosenMeaningId, Verdict verdict, Optional<String> problem) {
}

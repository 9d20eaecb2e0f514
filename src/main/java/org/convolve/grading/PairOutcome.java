package org.convolve.grading;

import java.util.Optional;

/** One term of the key: which definition the learner gave it, and whether that was its own. */
public record PairOutcome(String pairId, Optional<String> chosenDefinitionId, Verdict verdict) {
}

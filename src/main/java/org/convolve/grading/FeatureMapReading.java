package org.convolve.grading;

import java.util.Objects;
import java.util.Optional;

/** A learner's reading of a feature map: where its extremes are, and what each one means. */
public record FeatureMapReading(
        CellPick largestPositive,
        CellPick mostNegative,
        Optional<String> positiveMeaningId,
        Optional<String> negativeMeaningId) {

    public FeatureMapReading {
        Objects.requireNonNull(largestPositive, "largestPositive");
        Objects.requireNonNull(mostNegative, "mostNegative");
        positiveMeaningId = positiveMeaningId.map(String::strip).filter(id -> !id.isEmpty());
        negativeMeaningId = negativeMeaningId.map(String::strip).filter(id -> !id.isEmpty());
    }
}

package org.convolve.grading;

import org.convolve.conv.Grid;

/** A graded reading of the learner's own feature map. */
public record FeatureMapReadingResult(
        Grid featureMap,
        PickOutcome largestPositive,
        PickOutcome mostNegative,
        MeaningOutcome positiveMeaning,
        MeaningOutcome negativeMeaning,
        Xp xp) {
}

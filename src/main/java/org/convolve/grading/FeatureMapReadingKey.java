package org.convolve.grading;

import java.util.List;

/**
 * The fixed meanings a learner chooses from, which of them a strong positive and a strong
 * negative response stand for, and the XP for locating the extremes and for naming their meanings.
 */
public record FeatureMapReadingKey(
        List<String> meaningIds,
        String positiveMeaningId,
        String negativeMeaningId,
        double locateXp,
        double meaningXp) {

    public static final String BRIGHTER_BELOW = "darker-above-brighter-below";
    public static final String BRIGHTER_ABOVE = "brighter-above-darker-below";
    public static final String BRIGHTER_RIGHT = "darker-left-brighter-right";
    public static final String BRIGHTER_LEFT = "brighter-left-darker-right";
    public static final String FLAT = "flat-area";

    /** The lesson's horizontal-edge filter answers positively where brightness rises downwards. */
    public static final FeatureMapReadingKey HORIZONTAL_EDGE_LESSON = new FeatureMapReadingKey(
            List.of(BRIGHTER_BELOW, BRIGHTER_ABOVE, BRIGHTER_RIGHT, BRIGHTER_LEFT, FLAT),
            BRIGHTER_BELOW, BRIGHTER_ABOVE, 1, 1);

    public FeatureMapReadingKey {
        meaningIds = List.copyOf(meaningIds);
        if (!meaningIds.contains(positiveMeaningId)) {
            throw new IllegalArgumentException("the positive meaning '" + positiveMeaningId
                    + "' is not one of the choices " + meaningIds);
        }
        if (!meaningIds.contains(negativeMeaningId)) {
            throw new IllegalArgumentException("the negative meaning '" + negativeMeaningId
                    + "' is not one of the choices " + meaningIds);
        }
        XpValues.requireNonNegative("locating XP", locateXp);
        XpValues.requireNonNegative("meaning XP", meaningXp);
    }
}

package org.convolve.grading;

/** What a vertical-edge detector must do, each checked on the probe images. */
public enum FilterCriterion {
    FLAT_AREAS_GIVE_ZERO,
    HORIZONTAL_EDGES_GIVE_NEAR_ZERO,
    VERTICAL_EDGES_RESPOND_STRONGLY
}

package org.convolve.progress;

import java.util.Arrays;
import java.util.Optional;

/**
 * A separately graded and separately saved piece of an activity. Matching and multiple choice
 * have one part; the convolution grid has three, each with its own form and its own best XP.
 */
public enum Part {
    PAIRS("pairs"),
    CHOICE("choice"),
    FEATURE_MAP("feature-map"),
    READING("reading"),
    FILTER("filter");

    private final String slug;

    Part(String slug) {
        this.slug = slug;
    }

    /** The name used in URLs and in the database. */
    public String slug() {
        return slug;
    }

    public static Optional<Part> fromSlug(String slug) {
        return Arrays.stream(values()).filter(part -> part.slug.equals(slug)).findFirst();
    }
}

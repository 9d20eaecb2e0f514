package org.convolve.lesson;

/** One interpretation a learner may pick for a region of the feature map. */
public record Meaning(String id, String text) {
}

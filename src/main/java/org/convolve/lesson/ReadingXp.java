package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/** XP for reading the feature map: where the extremes are, and what they mean. */
public record ReadingXp(
        @JsonProperty(required = true) int locate,
        @JsonProperty(required = true) int meaning) {

    public int total() {
        return locate + meaning;
    }
}

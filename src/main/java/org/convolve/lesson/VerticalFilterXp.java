package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/** XP per probe the learner's vertical-edge filter must pass. */
public record VerticalFilterXp(
        @JsonProperty(required = true) int flat,
        @JsonProperty(required = true) int horizontal,
        @JsonProperty(required = true) int vertical) {

    public int total() {
        return flat + horizontal + vertical;
    }
}

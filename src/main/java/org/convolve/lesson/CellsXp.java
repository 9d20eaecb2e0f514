package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;

/** XP for the hand-computed feature map: two single cells, then the whole map. */
public record CellsXp(
        @JsonProperty(required = true) int topLeft,
        @JsonProperty(required = true) int nextRight,
        @JsonProperty(required = true) int fullMap) {

    public int total() {
        return topLeft + nextRight + fullMap;
    }
}

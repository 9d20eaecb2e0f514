package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The size and pixel range of the image a learner types in, plus an example the page can offer. */
public record GridImageSpec(
        @JsonProperty(required = true) int rows,
        @JsonProperty(required = true) int columns,
        @JsonProperty(required = true) int minValue,
        @JsonProperty(required = true) int maxValue,
        List<List<Integer>> example) {

    public GridImageSpec {
        example = Copies.grid(example);
    }

    /** A fresh copy each call, so callers may not alter the lesson's example. */
    public int[][] exampleArray() {
        return Copies.toArray(example);
    }
}

package org.convolve.conv;

import java.util.function.IntBinaryOperator;

/**
 * The 6x6 test images a learner's vertical-edge filter is tried on. Each edge runs through the
 * middle of the image, so a 3x3 filter meets it in the two central columns (or rows) of its map.
 * The dark side is 1 rather than 0, and the flat image is mid-grey, so a filter whose weights do
 * not sum to zero shows a response on flat regions too.
 */
public enum Probe {
    VERTICAL_EDGE("dark on the left, bright on the right", (row, col) -> col < Probe.HALF ? Probe.DARK : Probe.BRIGHT),
    MIRRORED_VERTICAL_EDGE("bright on the left, dark on the right",
            (row, col) -> col < Probe.HALF ? Probe.BRIGHT : Probe.DARK),
    HORIZONTAL_EDGE("dark above, bright below", (row, col) -> row < Probe.HALF ? Probe.DARK : Probe.BRIGHT),
    FLAT("the same grey everywhere", (row, col) -> Probe.GREY);

    public static final int SIZE = 6;
    public static final int DARK = 1;
    public static final int BRIGHT = 8;
    public static final int GREY = 5;
    private static final int HALF = SIZE / 2;

    private final String description;
    private final Grid image;

    Probe(String description, IntBinaryOperator pixelAt) {
        this.description = description;
        int[][] pixels = new int[SIZE][SIZE];
        for (int r = 0; r < SIZE; r++) {
            for (int c = 0; c < SIZE; c++) {
                pixels[r][c] = pixelAt.applyAsInt(r, c);
            }
        }
        this.image = Grid.of(pixels);
    }

    public String description() {
        return description;
    }

    public Grid image() {
        return image;
    }

    /** The brightness step across the edge; zero for the flat probe. */
    public int contrast() {
        return this == FLAT ? 0 : BRIGHT - DARK;
    }
}

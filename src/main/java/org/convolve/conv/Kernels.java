package org.convolve.conv;

/** Kernels the lesson talks about by name. */
public final class Kernels {

    /** The lesson's filter: bright below dark gives a positive response. */
    public static final Grid HORIZONTAL_EDGE = Grid.of(new int[][] {{-1, -1, -1}, {0, 0, 0}, {1, 1, 1}});

    /** Bright to the right of dark gives a positive response. */
    public static final Grid VERTICAL_EDGE = Grid.of(new int[][] {{-1, 0, 1}, {-1, 0, 1}, {-1, 0, 1}});

    public static final Grid SOBEL_VERTICAL = Grid.of(new int[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});

    private Kernels() {
    }
}

package org.convolve.grading;

import java.util.Arrays;

/** The feature-map cells a learner worked out by hand; any of them may be left blank. */
public final class EnteredFeatureMap {

    private final int rows;
    private final int cols;
    private final double[] values;
    private final boolean[] filled;

    private EnteredFeatureMap(int rows, int cols, double[] values, boolean[] filled) {
        this.rows = rows;
        this.cols = cols;
        this.values = values;
        this.filled = filled;
    }

    /** {@code null} marks a blank cell. */
    public static EnteredFeatureMap of(Double[][] cells) {
        if (cells == null || cells.length == 0 || cells[0] == null || cells[0].length == 0) {
            throw new IllegalArgumentException("an entered feature map needs at least one cell");
        }
        int rows = cells.length;
        int cols = cells[0].length;
        double[] values = new double[rows * cols];
        boolean[] filled = new boolean[rows * cols];
        for (int r = 0; r < rows; r++) {
            if (cells[r] == null || cells[r].length != cols) {
                throw new IllegalArgumentException("row " + r + " of the entered feature map does not have "
                        + cols + " cells; the map must be rectangular");
            }
            for (int c = 0; c < cols; c++) {
                Double value = cells[r][c];
                if (value != null) {
                    if (!Double.isFinite(value)) {
                        throw new IllegalArgumentException("row " + r + ", column " + c + " holds " + value
                                + ", which is not a finite number");
                    }
                    values[r * cols + c] = value;
                    filled[r * cols + c] = true;
                }
            }
        }
        return new EnteredFeatureMap(rows, cols, values, filled);
    }

    public static EnteredFeatureMap blank(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("an entered feature map must be at least 1x1, got " + rows + "x" + cols);
        }
        return new EnteredFeatureMap(rows, cols, new double[rows * cols], new boolean[rows * cols]);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public boolean isBlank(int row, int col) {
        return !filled[index(row, col)];
    }

    public double value(int row, int col) {
        int index = index(row, col);
        if (!filled[index]) {
            throw new IllegalStateException("cell (" + row + ", " + col + ") was left blank");
        }
        return values[index];
    }

    private int index(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException(
                    "cell (" + row + ", " + col + ") is outside this " + rows + "x" + cols + " entered map");
        }
        return row * cols + col;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EnteredFeatureMap that && rows == that.rows && cols == that.cols
                && Arrays.equals(values, that.values) && Arrays.equals(filled, that.filled);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + 31 * Arrays.hashCode(values) + Arrays.hashCode(filled);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("EnteredFeatureMap ").append(rows).append('x').append(cols);
        for (int r = 0; r < rows; r++) {
            text.append(r == 0 ? " [" : ", ").append('[');
            for (int c = 0; c < cols; c++) {
                text.append(c == 0 ? "" : ", ").append(isBlank(r, c) ? "_" : Double.toString(value(r, c)));
            }
            text.append(']');
        }
        return text.append(']').toString();
    }
}

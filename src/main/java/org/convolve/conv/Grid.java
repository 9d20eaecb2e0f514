package org.convolve.conv;

import java.util.Arrays;

/**
 * An immutable rectangle of numbers: an image, a kernel or a feature map.
 *
 * <p>Values are kept row-major in one flat array so the convolution loops can walk them without
 * boxing or bounds juggling; the array never leaves this package.
 */
public final class Grid {

    private final int rows;
    private final int cols;
    final double[] values;

    private Grid(int rows, int cols, double[] values) {
        this.rows = rows;
        this.cols = cols;
        this.values = values;
    }

    public static Grid of(double[][] cells) {
        int cols = checkRectangular(cells);
        double[] values = new double[cells.length * cols];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cols; c++) {
                double value = cells[r][c];
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(
                            "row " + r + ", column " + c + " holds " + value + ", which is not a finite number");
                }
                values[r * cols + c] = value;
            }
        }
        return new Grid(cells.length, cols, values);
    }

    public static Grid of(int[][] cells) {
        int cols = checkRectangular(cells);
        double[] values = new double[cells.length * cols];
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cols; c++) {
                values[r * cols + c] = cells[r][c];
            }
        }
        return new Grid(cells.length, cols, values);
    }

    public static Grid filled(int rows, int cols, double value) {
        checkDimensions(rows, cols);
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a grid cannot be filled with " + value);
        }
        double[] values = new double[rows * cols];
        Arrays.fill(values, value);
        return new Grid(rows, cols, values);
    }

    /** Takes ownership of {@code values}; callers in this package must not touch it afterwards. */
    static Grid adopt(int rows, int cols, double[] values) {
        return new Grid(rows, cols, values);
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public double get(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException(
                    "cell (" + row + ", " + col + ") is outside this " + rows + "x" + cols + " grid");
        }
        return values[row * cols + col];
    }

    public double get(CellPosition cell) {
        return get(cell.row(), cell.col());
    }

    public double[][] toArray() {
        double[][] copy = new double[rows][];
        for (int r = 0; r < rows; r++) {
            copy[r] = Arrays.copyOfRange(values, r * cols, (r + 1) * cols);
        }
        return copy;
    }

    public double sum() {
        double total = 0;
        for (double value : values) {
            total += value;
        }
        return total;
    }

    public double max() {
        double max = values[0];
        for (double value : values) {
            max = Math.max(max, value);
        }
        return max;
    }

    public double min() {
        double min = values[0];
        for (double value : values) {
            min = Math.min(min, value);
        }
        return min;
    }

    public double maxAbs() {
        double max = 0;
        for (double value : values) {
            max = Math.max(max, Math.abs(value));
        }
        return max;
    }

    public Grid negated() {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = 0.0 - values[i];
        }
        return new Grid(rows, cols, copy);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Grid that) || rows != that.rows || cols != that.cols) {
            return false;
        }
        // == rather than Arrays.equals so that 0.0 and -0.0, which a learner cannot tell apart, are equal.
        for (int i = 0; i < values.length; i++) {
            if (values[i] != that.values[i]) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 31 * rows + cols;
        for (double value : values) {
            hash = 31 * hash + Double.hashCode(value + 0.0);
        }
        return hash;
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Grid ").append(rows).append('x').append(cols).append(" [");
        for (int r = 0; r < rows; r++) {
            text.append(r == 0 ? "[" : ", [");
            for (int c = 0; c < cols; c++) {
                if (c > 0) {
                    text.append(", ");
                }
                text.append(Numbers.format(values[r * cols + c]));
            }
            text.append(']');
        }
        return text.append(']').toString();
    }

    private static int checkRectangular(Object[] rowsArray) {
        if (rowsArray == null || rowsArray.length == 0) {
            throw new IllegalArgumentException("a grid needs at least one row");
        }
        int cols = -1;
        for (int r = 0; r < rowsArray.length; r++) {
            Object row = rowsArray[r];
            if (row == null) {
                throw new IllegalArgumentException("row " + r + " of the grid is missing");
            }
            int length = java.lang.reflect.Array.getLength(row);
            if (r == 0) {
                cols = length;
            } else if (length != cols) {
                throw new IllegalArgumentException("row " + r + " has " + length + " cells but row 0 has "
                        + cols + "; a grid must be rectangular");
            }
        }
        if (cols == 0) {
            throw new IllegalArgumentException("a grid needs at least one column");
        }
        return cols;
    }

    private static void checkDimensions(int rows, int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("a grid must be at least 1x1, got " + rows + "x" + cols);
        }
    }
}

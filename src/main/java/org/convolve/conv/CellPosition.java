package org.convolve.conv;

/** A cell of a grid, counted from zero: the top-left cell is (0, 0). */
public record CellPosition(int row, int col) {

    public CellPosition {
        if (row < 0 || col < 0) {
            throw new IllegalArgumentException("a cell position cannot be negative, got (" + row + ", " + col + ")");
        }
    }

    @Override
    public String toString() {
        return "(" + row + ", " + col + ")";
    }
}

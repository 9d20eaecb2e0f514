package org.convolve.grading;

/**
 * A cell of a form grid that could not be read. Row and column count from zero like every grid
 * index; the message counts from one, as a learner does.
 */
public record CellError(int row, int col, String input, String message) {
}

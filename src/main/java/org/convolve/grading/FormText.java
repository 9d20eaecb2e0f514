package org.convolve.grading;

import java.util.List;
import java.util.stream.Collectors;

/** Small helpers for reading grid cells typed into an HTML form. */
final class FormText {

    private static final int LONGEST_ECHO = 12;

    private FormText() {
    }

    /** Trims the cell and turns the typographic minus sign, as printed in the lesson, into '-'. */
    static String normalise(String raw) {
        return raw == null ? "" : raw.strip().replace('\u2212', '-');
    }

    /** Quotes what the learner typed, cut short so a pasted essay cannot flood the page. */
    static String quote(String input) {
        String shown = input.length() <= LONGEST_ECHO ? input : input.substring(0, LONGEST_ECHO) + "...";
        return "'" + shown + "'";
    }

    static String where(int row, int col) {
        return "row " + (row + 1) + ", column " + (col + 1) + ": ";
    }

    /** The same, naming the grid: the image and the feature map are checked in one form, and both have a row 1. */
    static String where(String grid, int row, int col) {
        return grid + ", " + where(row, col);
    }

    /** Describes the shape that arrived, or null when it is the expected rows x cols. */
    static String shapeProblem(List<List<String>> cells, int rows, int cols) {
        if (cells == null || cells.isEmpty()) {
            return "no rows";
        }
        boolean rectangular = cells.stream().allMatch(row -> row != null && row.size() == cells.get(0).size());
        if (rectangular) {
            int width = cells.get(0).size();
            return cells.size() == rows && width == cols ? null : cells.size() + "x" + width;
        }
        if (cells.size() > 2 * rows) {
            return cells.size() + " rows";
        }
        return cells.size() + " rows with " + cells.stream()
                .map(row -> row == null ? "0" : Integer.toString(row.size()))
                .collect(Collectors.joining(", ")) + " cells";
    }
}

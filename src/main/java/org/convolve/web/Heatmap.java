package org.convolve.web;

import java.util.ArrayList;
import java.util.List;
import org.convolve.conv.Grid;

/**
 * A grid drawn as a table whose cells are coloured by value, with the numbers still written in
 * them. Colours come from CSS classes (the CSP allows no inline styles): blue for negative,
 * orange for positive, four steps each by the share of the largest magnitude in the grid.
 */
record Heatmap(String caption, List<String> columns, List<Row> rows) {

    record Row(String number, List<Cell> cells) {
    }

    /** {@code mark} is a visible tick or cross; {@code note} says the same for screen readers. */
    record Cell(String value, String css, String mark, String note) {
    }

    static Heatmap of(String caption, Grid grid) {
        return marked(caption, grid, null);
    }

    /**
     * Shaded against {@code scale} rather than its own largest value, so that maps shown side by side
     * compare: a 5 beside a 29 must not look as strong as the 29.
     */
    static Heatmap onScale(String caption, Grid grid, double scale) {
        return marked(caption, grid, null, scale);
    }

    /** {@code marks[r][c]}: true right, false wrong, null not judged. */
    static Heatmap marked(String caption, Grid grid, Boolean[][] marks) {
        return marked(caption, grid, marks, grid.maxAbs());
    }

    private static Heatmap marked(String caption, Grid grid, Boolean[][] marks, double scale) {
        List<Row> rows = new ArrayList<>(grid.rows());
        for (int r = 0; r < grid.rows(); r++) {
            List<Cell> cells = new ArrayList<>(grid.cols());
            for (int c = 0; c < grid.cols(); c++) {
                double value = grid.get(r, c);
                Boolean mark = marks == null ? null : marks[r][c];
                cells.add(new Cell(PrintedNumbers.of(value), heatClass(value, scale),
                        mark == null ? null : mark ? "✓" : "✗",
                        mark == null ? null : mark ? "your value is right" : "your value is wrong"));
            }
            rows.add(new Row(String.valueOf(r + 1), cells));
        }
        return new Heatmap(caption, columns(grid.cols()), rows);
    }

    /**
     * A greyscale picture, for images rather than feature maps: {@code min} is black, {@code max}
     * white, in the ten shades the style sheet has.
     */
    static Heatmap picture(String caption, Grid grid, int min, int max) {
        List<Row> rows = new ArrayList<>(grid.rows());
        for (int r = 0; r < grid.rows(); r++) {
            List<Cell> cells = new ArrayList<>(grid.cols());
            for (int c = 0; c < grid.cols(); c++) {
                double share = max == min ? 0 : (grid.get(r, c) - min) / (max - min);
                int shade = (int) Math.max(0, Math.min(9, Math.round(9 * share)));
                cells.add(new Cell(PrintedNumbers.of(grid.get(r, c)), "px-" + shade, null, null));
            }
            rows.add(new Row(String.valueOf(r + 1), cells));
        }
        return new Heatmap(caption, columns(grid.cols()), rows);
    }

    private static List<String> columns(int count) {
        List<String> columns = new ArrayList<>(count);
        for (int c = 1; c <= count; c++) {
            columns.add(String.valueOf(c));
        }
        return columns;
    }

    static String heatClass(double value, double scale) {
        if (value == 0 || scale == 0) {
            return "heat-zero";
        }
        int step = (int) Math.ceil(4 * Math.abs(value) / scale);
        return (value > 0 ? "heat-pos-" : "heat-neg-") + Math.max(1, Math.min(4, step));
    }
}

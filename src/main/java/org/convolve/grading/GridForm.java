package org.convolve.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.convolve.conv.Grid;
import org.convolve.conv.Numbers;

/**
 * The expected shape and value range of a grid a learner types in, and the reading of it from
 * form strings into a {@link Grid} or into messages a learner can act on.
 */
public final class GridForm {

    /** The weights a learner may give a filter of their own design. */
    public static final int FILTER_MIN = -9;
    public static final int FILTER_MAX = 9;

    /** A learner-designed square filter of small whole-number weights, as large as the lesson's kernel. */
    public static GridForm filter(int size) {
        return new GridForm("filter", size, size, FILTER_MIN, FILTER_MAX,
                "a whole number from " + FILTER_MIN + " to " + FILTER_MAX);
    }

    private static final Pattern WHOLE_NUMBER = Pattern.compile("[+-]?[0-9]{1,9}");

    private final String noun;
    private final int rows;
    private final int cols;
    private final int min;
    private final int max;
    private final String allowed;

    private GridForm(String noun, int rows, int cols, int min, int max, String allowed) {
        this.noun = noun;
        this.rows = rows;
        this.cols = cols;
        this.min = min;
        this.max = max;
        this.allowed = allowed;
    }

    /** An image of the given size whose cells hold whole numbers from {@code min} to {@code max}. */
    public static GridForm image(int rows, int cols, int min, int max) {
        return new GridForm("image", rows, cols, min, max,
                (holdsDigits(min, max) ? "a digit" : "a whole number") + " from " + min + " to " + max);
    }

    private static boolean holdsDigits(int min, int max) {
        return min >= 0 && max <= 9;
    }

    /** True when every value it accepts is a single digit, as the page then says. */
    public boolean holdsDigits() {
        return holdsDigits(min, max);
    }

    public GridParseResult parse(List<List<String>> cells) {
        String shape = FormText.shapeProblem(cells, rows, cols);
        if (shape != null) {
            return GridParseResult.wrongShape(shapeRule() + ", got " + shape);
        }
        int[][] values = new int[rows][cols];
        List<CellError> errors = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String input = FormText.normalise(cells.get(r).get(c));
                if (input.isEmpty()) {
                    errors.add(new CellError(r, c, input, FormText.where(noun, r, c) + "this cell is empty"));
                } else if (!WHOLE_NUMBER.matcher(input).matches() || !inRange(Integer.parseInt(input))) {
                    errors.add(new CellError(r, c, input,
                            FormText.where(noun, r, c) + FormText.quote(input) + " is not " + allowed));
                } else {
                    values[r][c] = Integer.parseInt(input);
                }
            }
        }
        return errors.isEmpty() ? GridParseResult.valid(Grid.of(values)) : GridParseResult.badCells(errors);
    }

    /** For graders handed a grid directly: the same rules, broken by a programming error rather than a learner. */
    public void requireConforming(Grid grid) {
        if (grid.rows() != rows || grid.cols() != cols) {
            throw new IllegalArgumentException(shapeRule() + ", got " + grid.rows() + "x" + grid.cols());
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                double value = grid.get(r, c);
                if (value != Math.rint(value) || !inRange((int) value)) {
                    throw new IllegalArgumentException(FormText.where(r, c) + Numbers.format(value) + " is not " + allowed);
                }
            }
        }
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    public int min() {
        return min;
    }

    public int max() {
        return max;
    }

    private boolean inRange(int value) {
        return value >= min && value <= max;
    }

    private String shapeRule() {
        return "the " + noun + " must be " + rows + " rows of " + cols + " cells";
    }
}

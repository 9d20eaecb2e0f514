package org.convolve.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads grids of form fields named {@code prefix-row-col} (from zero), whatever shape arrived. */
final class FormFields {
    /** Longer than anything a learner types in one cell; longer input is cut before it is echoed or saved. */
    static final int LONGEST_CELL = 24;
    // Field indices above this are ignored, so a forged name cannot make the server build a huge grid.
    private static final int LARGEST_INDEX = 31;
    private static final Pattern CELL = Pattern.compile("([a-z]+)-([0-9]{1,2})-([0-9]{1,2})");

    private FormFields() {
    }

    /**
     * The cells as rows of strings, sized by the highest row and column that arrived. A cell whose
     * field is missing inside that rectangle reads as null, which the grid readers call empty.
     */
    static List<List<String>> grid(Map<String, List<String>> form, String prefix) {
        int rows = 0;
        int cols = 0;
        for (String name : form.keySet()) {
            Matcher m = CELL.matcher(name);
            if (m.matches() && m.group(1).equals(prefix)) {
                int r = Integer.parseInt(m.group(2));
                int c = Integer.parseInt(m.group(3));
                if (r <= LARGEST_INDEX && c <= LARGEST_INDEX) {
                    rows = Math.max(rows, r + 1);
                    cols = Math.max(cols, c + 1);
                }
            }
        }
        List<List<String>> grid = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                row.add(cut(first(form, prefix + "-" + r + "-" + c)));
            }
            grid.add(row);
        }
        return grid;
    }

    static String first(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    static String cut(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() <= LONGEST_CELL ? stripped : stripped.substring(0, LONGEST_CELL);
    }

    /** A {@code rows x cols} grid of typed strings; cells outside what arrived are blank. */
    static List<List<String>> fitted(List<List<String>> typed, int rows, int cols) {
        List<List<String>> grid = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<String> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                String value = r < typed.size() && typed.get(r) != null && c < typed.get(r).size()
                        ? typed.get(r).get(c) : null;
                row.add(value == null ? "" : value);
            }
            grid.add(row);
        }
        return grid;
    }
}

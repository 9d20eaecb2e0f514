package org.convolve.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Reads the feature-map cells a learner worked out by hand; blank cells are allowed. */
public final class FeatureMapForm {

    private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]{1,9}([.,][0-9]{1,9})?");
    /** A number all the same, with more digits than NUMBER takes. */
    private static final Pattern LONG_NUMBER = Pattern.compile("[+-]?[0-9]+([.,][0-9]+)?");

    private FeatureMapForm() {
    }

    public record Parsed(Optional<EnteredFeatureMap> map, Optional<String> shapeError, List<CellError> cellErrors) {

        public Parsed {
            cellErrors = List.copyOf(cellErrors);
        }

        public boolean isValid() {
            return map.isPresent();
        }
    }

    public static Parsed parse(List<List<String>> cells, int rows, int cols) {
        String shape = FormText.shapeProblem(cells, rows, cols);
        if (shape != null) {
            return new Parsed(Optional.empty(),
                    Optional.of("the feature map must be " + rows + " rows of " + cols + " cells, got " + shape),
                    List.of());
        }
        Double[][] values = new Double[rows][cols];
        List<CellError> errors = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String input = FormText.normalise(cells.get(r).get(c));
                if (input.isEmpty()) {
                    continue;
                }
                if (NUMBER.matcher(input).matches()) {
                    // Some learners write a decimal comma; either mark means the same number here.
                    values[r][c] = Double.parseDouble(input.replace(',', '.'));
                } else {
                    errors.add(new CellError(r, c, input, FormText.where("feature map", r, c) + FormText.quote(input)
                            + (LONG_NUMBER.matcher(input).matches()
                                    ? " has more digits than a cell of this map can need (at most nine on each side of"
                                            + " the decimal mark)"
                                    : " is not a number")));
                }
            }
        }
        return errors.isEmpty()
                ? new Parsed(Optional.of(EnteredFeatureMap.of(values)), Optional.empty(), List.of())
                : new Parsed(Optional.empty(), Optional.empty(), errors);
    }
}

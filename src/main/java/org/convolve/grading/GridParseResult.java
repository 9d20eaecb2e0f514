package org.convolve.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convolve.conv.Grid;

/**
 * The outcome of reading a grid from a form: the grid when every cell was fine, otherwise a
 * shape error or one error per bad cell for the page to show beside the fields.
 */
public record GridParseResult(Optional<Grid> grid, Optional<String> shapeError, List<CellError> cellErrors) {

    public GridParseResult {
        cellErrors = List.copyOf(cellErrors);
    }

    static GridParseResult valid(Grid grid) {
        return new GridParseResult(Optional.of(grid), Optional.empty(), List.of());
    }

    static GridParseResult wrongShape(String message) {
        return new GridParseResult(Optional.empty(), Optional.of(message), List.of());
    }

    static GridParseResult badCells(List<CellError> errors) {
        return new GridParseResult(Optional.empty(), Optional.empty(), errors);
    }

    public boolean isValid() {
        return grid.isPresent();
    }

    public List<String> messages() {
        List<String> messages = new ArrayList<>();
        shapeError.ifPresent(messages::add);
        cellErrors.forEach(error -> messages.add(error.message()));
        return messages;
    }
}

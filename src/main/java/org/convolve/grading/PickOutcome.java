package org.convolve.grading;

import java.util.List;
import org.convolve.conv.CellPosition;

/**
 * How a located extreme fared. {@code acceptedCells} lists every cell holding the extreme; when
 * it is empty the map has no such value and "none" was the right pick.
 */
public record PickOutcome(CellPick picked, Verdict verdict, List<CellPosition> acceptedCells, String explanation) {

    public PickOutcome {
        acceptedCells = List.copyOf(acceptedCells);
    }

    public boolean noneWasRight() {
        return acceptedCells.isEmpty();
    }
}

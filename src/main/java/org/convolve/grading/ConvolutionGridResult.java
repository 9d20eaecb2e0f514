package org.convolve.grading;

import java.util.List;
import org.convolve.conv.Grid;

/** The true feature map, every cell's outcome in reading order, and the XP earned. */
public record ConvolutionGridResult(Grid featureMap, List<CellOutcome> cells, Xp xp) {

    public ConvolutionGridResult {
        cells = List.copyOf(cells);
    }

    public CellOutcome cell(int row, int col) {
        if (row < 0 || row >= featureMap.rows() || col < 0 || col >= featureMap.cols()) {
            throw new IndexOutOfBoundsException("cell (" + row + ", " + col + ") is outside the "
                    + featureMap.rows() + "x" + featureMap.cols() + " feature map");
        }
        return cells.get(row * featureMap.cols() + col);
    }
}

package org.convolve.lesson;

/** How a convolution-grid activity's XP splits over its steps; graders award per part. */
public record GridXpBreakdown(CellsXp cells, ReadingXp reading, VerticalFilterXp verticalFilter) {

    public int total() {
        return (cells == null ? 0 : cells.total())
                + (reading == null ? 0 : reading.total())
                + (verticalFilter == null ? 0 : verticalFilter.total());
    }
}

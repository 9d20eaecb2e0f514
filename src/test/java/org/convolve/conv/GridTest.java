package org.convolve.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GridTest {

    @Test
    void readsCellsByRowThenColumn() {
        Grid grid = Grid.of(new int[][] {{1, 2, 3}, {4, 5, 6}});

        assertEquals(2, grid.rows());
        assertEquals(3, grid.cols());
        assertEquals(6.0, grid.get(1, 2));
        assertEquals(2.0, grid.get(new CellPosition(0, 1)));
    }

    @Test
    void isNotChangedByLaterWritesToTheArrayItWasBuiltFrom() {
        double[][] cells = {{1, 2}, {3, 4}};
        Grid grid = Grid.of(cells);

        cells[0][0] = 99;

        assertEquals(1.0, grid.get(0, 0));
    }

    @Test
    void handsOutCopiesThatCannotChangeIt() {
        Grid grid = Grid.of(new int[][] {{1, 2}, {3, 4}});

        grid.toArray()[1][1] = 99;

        assertEquals(4.0, grid.get(1, 1));
    }

    @Test
    void equalsAGridWithTheSameShapeAndValues() {
        Grid a = Grid.of(new int[][] {{1, 2}, {3, 4}});
        Grid b = Grid.of(new double[][] {{1, 2}, {3, 4}});

        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
    }

    @Test
    void treatsMinusZeroAsZero() {
        Grid plus = Grid.of(new double[][] {{0.0}});
        Grid minus = Grid.of(new double[][] {{-0.0}});

        assertEquals(plus, minus);
        assertEquals(plus.hashCode(), minus.hashCode());
    }

    @Test
    void differsFromAGridWithTheSameValuesInAnotherShape() {
        Grid wide = Grid.of(new int[][] {{1, 2, 3, 4}});
        Grid square = Grid.of(new int[][] {{1, 2}, {3, 4}});

        assertNotEquals(wide, square);
    }

    @Test
    void printsItsShapeAndWholeNumbersWithoutDecimals() {
        Grid grid = Grid.of(new double[][] {{1, -2}, {0.5, 3}});

        assertEquals("Grid 2x2 [[1, -2], [0.5, 3]]", grid.toString());
    }

    @Test
    void refusesAGridWithNoRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Grid.of(new int[0][]));

        assertEquals("a grid needs at least one row", e.getMessage());
    }

    @Test
    void refusesAGridWithNoColumns() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grid.of(new int[][] {{}, {}}));

        assertEquals("a grid needs at least one column", e.getMessage());
    }

    @Test
    void refusesRaggedRows() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grid.of(new int[][] {{1, 2, 3}, {4, 5}}));

        assertEquals("row 1 has 2 cells but row 0 has 3; a grid must be rectangular", e.getMessage());
    }

    @Test
    void refusesAMissingRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grid.of(new double[][] {{1}, null}));

        assertEquals("row 1 of the grid is missing", e.getMessage());
    }

    @Test
    void refusesValuesThatAreNotFiniteNumbers() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Grid.of(new double[][] {{1, Double.NaN}}));

        assertTrue(e.getMessage().startsWith("row 0, column 1 holds NaN"), e.getMessage());
    }

    @Test
    void refusesReadingOutsideItself() {
        Grid grid = Grid.filled(2, 3, 0);

        IndexOutOfBoundsException e = assertThrows(IndexOutOfBoundsException.class, () -> grid.get(2, 0));

        assertEquals("cell (2, 0) is outside this 2x3 grid", e.getMessage());
    }

    @Test
    void knowsItsExtremes() {
        Grid grid = Grid.of(new int[][] {{3, -7}, {5, 2}});

        assertEquals(5.0, grid.max());
        assertEquals(-7.0, grid.min());
        assertEquals(7.0, grid.maxAbs());
        assertEquals(3.0, grid.sum());
    }
}

package org.convolve.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.convolve.conv.Grid;
import org.junit.jupiter.api.Test;

class GridFormTest {
    /** The built-in lesson's image: 5x5 digits. */
    private static final GridForm IMAGE = GridForm.image(5, 5, 0, 9);

    @Test
    void readsAFiveByFiveImageOfDigits() {
        GridParseResult result = IMAGE.parse(rows(
                "1 2 3 4 5", "6 7 8 9 0", "0 0 0 0 0", "9 9 9 9 9", "5 5 5 5 5"));

        assertTrue(result.isValid());
        assertEquals(Grid.of(new int[][] {
            {1, 2, 3, 4, 5}, {6, 7, 8, 9, 0}, {0, 0, 0, 0, 0}, {9, 9, 9, 9, 9}, {5, 5, 5, 5, 5}}),
                result.grid().orElseThrow());
    }

    @Test
    void namesTheRowAndColumnOfACellThatIsNotADigitCountingFromOne() {
        GridParseResult result = IMAGE.parse(rows(
                "1 2 3 4 5", "6 7 8 x 0", "0 0 0 0 0", "9 9 9 9 9", "5 5 5 5 5"));

        assertFalse(result.isValid());
        assertEquals(List.of("image, row 2, column 4: 'x' is not a digit from 0 to 9"), result.messages());
        CellError error = result.cellErrors().get(0);
        assertEquals(1, error.row());
        assertEquals(3, error.col());
        assertEquals("x", error.input());
    }

    @Test
    void refusesImageValuesOutsideZeroToNine() {
        GridParseResult result = IMAGE.parse(rows(
                "10 2 3 4 5", "6 7 8 9 -1", "0 0 0 0 0", "9 9 9 9 9", "5 5 5 5 3.5"));

        assertEquals(List.of(
                "image, row 1, column 1: '10' is not a digit from 0 to 9",
                "image, row 2, column 5: '-1' is not a digit from 0 to 9",
                "image, row 5, column 5: '3.5' is not a digit from 0 to 9"), result.messages());
    }

    @Test
    void saysWhichCellIsEmpty() {
        List<List<String>> cells = rows("1 2 3 4 5", "6 7 8 9 0", "0 0 0 0 0", "9 9 9 9 9", "5 5 5 5 5");
        cells.get(2).set(1, "   ");

        assertEquals(List.of("image, row 3, column 2: this cell is empty"), IMAGE.parse(cells).messages());
    }

    @Test
    void ignoresSpacesAroundAValue() {
        List<List<String>> cells = rows("1 2 3 4 5", "6 7 8 9 0", "0 0 0 0 0", "9 9 9 9 9", "5 5 5 5 5");
        cells.get(0).set(0, " 7\t");

        assertEquals(7.0, IMAGE.parse(cells).grid().orElseThrow().get(0, 0));
    }

    @Test
    void describesAnImageOfTheWrongSize() {
        GridParseResult result = IMAGE.parse(rows("1 2 3 4 5 6", "1 2 3 4 5 6", "1 2 3 4 5 6", "1 2 3 4 5 6"));

        assertEquals(Optional.of("the image must be 5 rows of 5 cells, got 4x6"), result.shapeError());
        assertTrue(result.cellErrors().isEmpty());
    }

    @Test
    void describesRaggedRows() {
        GridParseResult result = IMAGE.parse(rows("1 2 3 4 5", "1 2 3 4 5", "1 2 3 4", "1 2 3 4 5", "1 2 3 4 5"));

        assertEquals(Optional.of("the image must be 5 rows of 5 cells, got 5 rows with 5, 5, 4, 5, 5 cells"),
                result.shapeError());
    }

    @Test
    void describesAMissingImage() {
        assertEquals(Optional.of("the image must be 5 rows of 5 cells, got no rows"),
                IMAGE.parse(null).shapeError());
        assertEquals(Optional.of("the image must be 5 rows of 5 cells, got no rows"),
                IMAGE.parse(List.of()).shapeError());
    }

    @Test
    void doesNotEchoAHugeValueInFull() {
        List<List<String>> cells = rows("1 2 3 4 5", "6 7 8 9 0", "0 0 0 0 0", "9 9 9 9 9", "5 5 5 5 5");
        cells.get(0).set(0, "9".repeat(100_000));

        String message = IMAGE.parse(cells).messages().get(0);

        assertTrue(message.length() < 80, message);
        assertTrue(message.startsWith("image, row 1, column 1: '999999999999...'"), message);
    }

    @Test
    void readsAFilterOfWholeNumbersFromMinusNineToNineIncludingTheTypographicMinus() {
        GridParseResult result = GridForm.filter(3).parse(rows("\u22121 0 1", "-9 0 +9", "-1 0 1"));

        assertEquals(Grid.of(new int[][] {{-1, 0, 1}, {-9, 0, 9}, {-1, 0, 1}}), result.grid().orElseThrow());
    }

    @Test
    void refusesFilterWeightsOutsideMinusNineToNine() {
        GridParseResult result = GridForm.filter(3).parse(rows("-10 0 1", "-1 0 1", "-1 0.5 1"));

        assertEquals(List.of(
                "filter, row 1, column 1: '-10' is not a whole number from -9 to 9",
                "filter, row 3, column 2: '0.5' is not a whole number from -9 to 9"), result.messages());
    }

    @Test
    void describesAFilterOfTheWrongSize() {
        assertEquals(Optional.of("the filter must be 3 rows of 3 cells, got 2x3"),
                GridForm.filter(3).parse(rows("1 0 1", "1 0 1")).shapeError());
    }

    @Test
    void refusesAGridHandedOverInCodeThatBreaksTheRules() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> IMAGE.requireConforming(Grid.filled(5, 5, 0.5)));

        assertEquals("row 1, column 1: 0.5 is not a digit from 0 to 9", e.getMessage());
    }

    static List<List<String>> rows(String... lines) {
        List<List<String>> cells = new ArrayList<>();
        for (String line : lines) {
            cells.add(new ArrayList<>(List.of(line.split(" "))));
        }
        return cells;
    }
}

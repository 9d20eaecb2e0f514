package org.convolve.grading;

import static org.convolve.grading.GridFormTest.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FeatureMapFormTest {

    @Test
    void keepsBlankCellsBlank() {
        List<List<String>> cells = rows("3 6 _", "_ _ _", "_ _ _");
        cells.forEach(row -> row.replaceAll(value -> value.equals("_") ? "" : value));

        EnteredFeatureMap map = FeatureMapForm.parse(cells, 3, 3).map().orElseThrow();

        assertEquals(3.0, map.value(0, 0));
        assertEquals(6.0, map.value(0, 1));
        assertTrue(map.isBlank(0, 2));
        assertTrue(map.isBlank(2, 2));
    }

    @Test
    void readsNegativeNumbersAndDecimalCommas() {
        EnteredFeatureMap map = FeatureMapForm.parse(rows("\u22129 -6 2,5", "0 0 0", "0 0 0"), 3, 3)
                .map().orElseThrow();

        assertEquals(-9.0, map.value(0, 0));
        assertEquals(-6.0, map.value(0, 1));
        assertEquals(2.5, map.value(0, 2));
    }

    @Test
    void namesEveryCellThatIsNotANumber() {
        FeatureMapForm.Parsed parsed = FeatureMapForm.parse(rows("3 six 9", "0 0 0", "0 0 1e3"), 3, 3);

        assertFalse(parsed.isValid());
        assertEquals(List.of("feature map, row 1, column 2: 'six' is not a number", "feature map, row 3, column 3: '1e3' is not a number"),
                parsed.cellErrors().stream().map(CellError::message).toList());
    }

    @Test
    void aNumberWithTooManyDigitsIsCalledThatNotSomethingElse() {
        FeatureMapForm.Parsed parsed = FeatureMapForm.parse(rows("1234567890 0 0", "0 0.1234567891 0", "0 0 0"), 3, 3);

        assertEquals(List.of("feature map, row 1, column 1: '1234567890' has more digits than a cell of this map can"
                        + " need (at most nine on each side of the decimal mark)",
                "feature map, row 2, column 2: '0.1234567891' has more digits than a cell of this map can need (at most"
                        + " nine on each side of the decimal mark)"),
                parsed.cellErrors().stream().map(CellError::message).toList());
    }

    @Test
    void describesAnAnswerOfTheWrongSize() {
        assertEquals(Optional.of("the feature map must be 3 rows of 3 cells, got 3x2"),
                FeatureMapForm.parse(rows("1 2", "1 2", "1 2"), 3, 3).shapeError());
    }
}

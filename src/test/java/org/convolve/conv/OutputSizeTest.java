package org.convolve.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputSizeTest {

    @ParameterizedTest(name = "n={0} k={1} s={2} p={3} gives {4}")
    @CsvSource({
        "5, 3, 1, 0, 3",   // the lesson's exercise: 5 - 3 + 1
        "7, 3, 2, 0, 3",   // (7 - 3) / 2 + 1
        "6, 3, 2, 0, 2",   // (6 - 3) / 2 = 1.5, floored: the last column is never reached
        "5, 3, 2, 1, 3",   // (5 + 2 - 3) / 2 + 1
        "28, 5, 1, 2, 28", // "same" padding keeps the size
        "4, 4, 1, 0, 1",   // kernel as large as the image: one position
        "2, 3, 1, 1, 2",   // padding lets a kernel larger than the image fit
        "1, 1, 5, 0, 1"    // a stride longer than the input still gives the first position
    })
    void followsFloorOfPaddedLengthMinusKernelOverStridePlusOne(int n, int k, int s, int p, int expected) {
        assertEquals(expected, OutputSize.along(n, k, s, p));
    }

    @Test
    void givesTheShapeOfTheFeatureMapForBothAxes() {
        Grid image = Grid.filled(5, 7, 1);
        Grid kernel = Grid.filled(3, 2, 1);

        assertEquals(new OutputSize(3, 6), OutputSize.of(image, kernel, ConvolutionSettings.standard()));
    }

    @Test
    void refusesAKernelLongerThanThePaddedInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputSize.along(2, 5, 1, 1));

        assertEquals("a kernel of length 5 does not fit an input of length 2 with padding 1", e.getMessage());
    }

    @Test
    void refusesAStrideBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputSize.along(5, 3, 0, 0));

        assertEquals("the stride must be at least 1, got 0", e.getMessage());
    }

    @Test
    void refusesNegativePadding() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputSize.along(5, 3, 1, -1));

        assertEquals("the padding cannot be negative, got -1", e.getMessage());
    }

    @Test
    void refusesAnEmptyInputOrKernel() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputSize.along(0, 3, 1, 0));

        assertEquals("input and kernel lengths must be at least 1, got input 0 and kernel 3", e.getMessage());
    }
}

package org.convolve.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CrossCorrelationTest {

    private static final Grid HORIZONTAL_EDGE = Grid.of(new int[][] {{-1, -1, -1}, {0, 0, 0}, {1, 1, 1}});

    @Test
    void findsADarkAboveBrightEdgeWithTheLessonsFilter() {
        Grid image = Grid.of(new int[][] {
            {0, 0, 0, 0, 0},
            {0, 0, 0, 0, 0},
            {0, 0, 0, 0, 0},
            {9, 9, 9, 9, 9},
            {9, 9, 9, 9, 9}});

        // Each output is (sum of the window's bottom row) - (sum of its top row).
        // Row 0 sees image rows 0..2: 0 - 0 = 0.
        // Row 1 sees image rows 1..3: 9+9+9 - 0 = 27.
        // Row 2 sees image rows 2..4: 9+9+9 - 0 = 27.
        Grid expected = Grid.of(new int[][] {{0, 0, 0}, {27, 27, 27}, {27, 27, 27}});

        assertEquals(expected, CrossCorrelation.apply(image, HORIZONTAL_EDGE));
    }

    @Test
    void worksOutAMixedImageCellByCellWithTheLessonsFilter() {
        Grid image = Grid.of(new int[][] {
            {1, 2, 3, 4, 5},
            {6, 7, 8, 9, 0},
            {1, 3, 5, 7, 9},
            {2, 4, 6, 8, 0},
            {9, 8, 7, 6, 5}});

        // (0,0): bottom 1+3+5 = 9,  top 1+2+3 = 6   ->  3
        // (0,1): bottom 3+5+7 = 15, top 2+3+4 = 9   ->  6
        // (0,2): bottom 5+7+9 = 21, top 3+4+5 = 12  ->  9
        // (1,0): bottom 2+4+6 = 12, top 6+7+8 = 21  -> -9
        // (1,1): bottom 4+6+8 = 18, top 7+8+9 = 24  -> -6
        // (1,2): bottom 6+8+0 = 14, top 8+9+0 = 17  -> -3
        // (2,0): bottom 9+8+7 = 24, top 1+3+5 = 9   -> 15
        // (2,1): bottom 8+7+6 = 21, top 3+5+7 = 15  ->  6
        // (2,2): bottom 7+6+5 = 18, top 5+7+9 = 21  -> -3
        Grid expected = Grid.of(new int[][] {{3, 6, 9}, {-9, -6, -3}, {15, 6, -3}});

        assertEquals(expected, CrossCorrelation.apply(image, HORIZONTAL_EDGE));
    }

    @Test
    void doesNotFlipTheKernel() {
        Grid image = Grid.of(new int[][] {{1, 2}, {3, 4}});
        Grid kernel = Grid.of(new int[][] {{1, 0}, {0, 0}});

        // A true (flipped) convolution would pick the bottom-right pixel, 4.
        assertEquals(Grid.of(new int[][] {{1}}), CrossCorrelation.apply(image, kernel));
    }

    @Test
    void stepsByTheStride() {
        Grid image = Grid.of(new int[][] {
            {1, 2, 3, 4, 5},
            {6, 7, 8, 9, 0},
            {1, 3, 5, 7, 9},
            {2, 4, 6, 8, 0},
            {9, 8, 7, 6, 5}});

        // Stride 2 visits top-left corners (0,0), (0,2), (2,0), (2,2) of the stride-1 map above.
        Grid expected = Grid.of(new int[][] {{3, 9}, {15, -3}});

        assertEquals(expected, CrossCorrelation.apply(image, HORIZONTAL_EDGE, new ConvolutionSettings(2, 0)));
    }

    @Test
    void countsPaddingAsZeros() {
        Grid ones = Grid.filled(3, 3, 1);
        Grid sumKernel = Grid.filled(3, 3, 1);

        // With one ring of zeros, a corner window covers 4 ones, an edge window 6, the centre 9.
        Grid expected = Grid.of(new int[][] {{4, 6, 4}, {6, 9, 6}, {4, 6, 4}});

        assertEquals(expected, CrossCorrelation.apply(ones, sumKernel, new ConvolutionSettings(1, 1)));
    }

    @Test
    void combinesStrideAndPadding() {
        Grid image = Grid.of(new int[][] {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}});
        Grid centre = Grid.of(new int[][] {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}});

        // Padding 1 and stride 2: windows centred on (0,0), (0,2), (2,0), (2,2) copy those pixels.
        Grid expected = Grid.of(new int[][] {{1, 3}, {7, 9}});

        assertEquals(expected, CrossCorrelation.apply(image, centre, new ConvolutionSettings(2, 1)));
    }

    @Test
    void refusesAKernelLargerThanThePaddedImage() {
        Grid image = Grid.filled(2, 5, 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelation.apply(image, HORIZONTAL_EDGE));

        assertEquals("a 3x3 kernel does not fit a 2x5 image with padding 0", e.getMessage());
    }

    @Test
    void acceptsAKernelThatFitsOnlyThanksToPadding() {
        Grid image = Grid.filled(2, 2, 1);

        Grid map = CrossCorrelation.apply(image, HORIZONTAL_EDGE, new ConvolutionSettings(1, 1));

        assertEquals(2, map.rows());
        assertEquals(2, map.cols());
    }

    @Test
    void refusesAStrideBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConvolutionSettings(0, 0));

        assertEquals("the stride must be at least 1, got 0", e.getMessage());
    }

    @Test
    void refusesNegativePadding() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConvolutionSettings(1, -2));

        assertEquals("the padding cannot be negative, got -2", e.getMessage());
    }

    @Test
    void showsTheNineProductsBehindACellAsImageValueTimesWeight() {
        Grid image = Grid.of(new int[][] {
            {1, 2, 3, 4, 5},
            {6, 7, 8, 9, 0},
            {1, 3, 5, 7, 9},
            {2, 4, 6, 8, 0},
            {9, 8, 7, 6, 5}});

        WorkedCell working = CrossCorrelation.workCell(image, HORIZONTAL_EDGE, new CellPosition(1, 2));

        List<CellProduct> products = working.products();
        assertEquals(9, products.size());
        // The window of output (1,2) starts at image (1,2): first product is pixel 8 under weight -1.
        assertEquals(new CellProduct(1, 2, 8, -1, false), products.get(0));
        assertEquals("8 x -1 = -8", products.get(0).toString());
        assertEquals(new CellProduct(3, 4, 0, 1, false), products.get(8));
        assertEquals(CrossCorrelation.apply(image, HORIZONTAL_EDGE).get(1, 2), working.total());
    }

    @Test
    void marksProductsThatFallOnThePadding() {
        Grid image = Grid.filled(3, 3, 5);

        WorkedCell working = CrossCorrelation.workCell(image, HORIZONTAL_EDGE, new ConvolutionSettings(1, 1),
                new CellPosition(0, 0));

        CellProduct corner = working.products().get(0);
        assertTrue(corner.inPadding());
        assertEquals(-1, corner.imageRow());
        assertEquals(0.0, corner.imageValue());
        assertFalse(working.products().get(4).inPadding());
        assertEquals(10.0, working.total());
    }

    @Test
    void refusesToShowACellOutsideTheFeatureMap() {
        Grid image = Grid.filled(5, 5, 1);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CrossCorrelation.workCell(image, HORIZONTAL_EDGE, new CellPosition(3, 0)));

        assertEquals("output cell (3, 0) is outside the 3x3 feature map", e.getMessage());
    }
}

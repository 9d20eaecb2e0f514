package org.convolve.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ReluAndPoolingTest {

    @Test
    void reluReplacesNegativesWithZeroAndKeepsTheRest() {
        Grid map = Grid.of(new int[][] {{3, -6}, {0, -9}});

        assertEquals(Grid.of(new int[][] {{3, 0}, {0, 0}}), Relu.apply(map));
    }

    @Test
    void twoByTwoMaxPoolingKeepsTheLargestOfEachWindowAndHalvesEachSide() {
        Grid map = Grid.of(new int[][] {
            {1, 5, 2, 0},
            {3, 4, 8, 1},
            {-2, -1, 0, 0},
            {-7, -3, 6, 2}});

        // Windows: {1,5,3,4} -> 5, {2,0,8,1} -> 8, {-2,-1,-7,-3} -> -1, {0,0,6,2} -> 6.
        assertEquals(Grid.of(new int[][] {{5, 8}, {-1, 6}}), MaxPooling.twoByTwo(map));
    }

    @Test
    void twoByTwoMaxPoolingDropsALeftoverOddRowAndColumn() {
        Grid map = Grid.of(new int[][] {{1, 2, 9}, {3, 4, 9}, {9, 9, 9}});

        assertEquals(Grid.of(new int[][] {{4}}), MaxPooling.twoByTwo(map));
    }

    @Test
    void poolingWithOverlappingWindowsSlidesOneCellAtATime() {
        Grid map = Grid.of(new int[][] {{1, 2, 3}, {4, 5, 6}});

        assertEquals(Grid.of(new int[][] {{5, 6}}), MaxPooling.apply(map, 2, 1));
    }

    @Test
    void refusesAPoolingWindowLargerThanTheFeatureMap() {
        Grid map = Grid.filled(1, 4, 0);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MaxPooling.twoByTwo(map));

        assertEquals("a 2x2 pooling window does not fit a 1x4 feature map", e.getMessage());
    }

    @Test
    void refusesAPoolingStrideBelowOne() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaxPooling.apply(Grid.filled(4, 4, 0), 2, 0));

        assertEquals("the pooling stride must be at least 1, got 0", e.getMessage());
    }

    @Test
    void refusesAnEmptyPoolingWindow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MaxPooling.apply(Grid.filled(4, 4, 0), 0, 1));

        assertEquals("the pooling window must be at least 1x1, got 0x0", e.getMessage());
    }
}

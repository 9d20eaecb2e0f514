package org.convolve.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalDouble;
import org.convolve.conv.CellProduct;
import org.convolve.conv.Grid;
import org.convolve.conv.Kernels;
import org.convolve.conv.WorkedCell;
import org.junit.jupiter.api.Test;

class ConvolutionGridGraderTest {

    // The same image is worked out cell by cell in CrossCorrelationTest; its map with the lesson's
    // filter is {{3, 6, 9}, {-9, -6, -3}, {15, 6, -3}}.
    private static final Grid IMAGE = Grid.of(new int[][] {
        {1, 2, 3, 4, 5},
        {6, 7, 8, 9, 0},
        {1, 3, 5, 7, 9},
        {2, 4, 6, 8, 0},
        {9, 8, 7, 6, 5}});

    private final ConvolutionGridGrader grader =
            new ConvolutionGridGrader(Kernels.HORIZONTAL_EDGE, ConvolutionGridXp.LESSON_DEFAULT);

    @Test
    void givesEveryXpPointForAFullyCorrectMap() {
        ConvolutionGridResult result = grader.grade(IMAGE, entered(
                new Double[] {3.0, 6.0, 9.0},
                new Double[] {-9.0, -6.0, -3.0},
                new Double[] {15.0, 6.0, -3.0}));

        assertEquals(new Xp(5, 5), result.xp());
        assertTrue(result.cells().stream().allMatch(cell -> cell.verdict() == Verdict.CORRECT));
    }

    @Test
    void paysForTheTopLeftCellAlone() {
        ConvolutionGridResult result = grader.grade(IMAGE, entered(
                new Double[] {3.0, null, null},
                new Double[] {null, null, null},
                new Double[] {null, null, null}));

        assertEquals(new Xp(1, 5), result.xp());
        assertEquals(Verdict.CORRECT, result.cell(0, 0).verdict());
        assertEquals(Verdict.UNANSWERED, result.cell(0, 1).verdict());
        assertEquals(OptionalDouble.empty(), result.cell(0, 1).entered());
    }

    @Test
    void paysForTheTopLeftAndTheNextCell() {
        ConvolutionGridResult result = grader.grade(IMAGE, entered(
                new Double[] {3.0, 6.0, null},
                new Double[] {null, null, null},
                new Double[] {null, null, null}));

        assertEquals(2.0, result.xp().earned());
    }

    @Test
    void withholdsTheFullMapBonusWhenOneCellIsWrong() {
        ConvolutionGridResult result = grader.grade(IMAGE, entered(
                new Double[] {3.0, 6.0, 9.0},
                new Double[] {-9.0, -6.0, -3.0},
                new Double[] {15.0, 6.0, 3.0}));

        assertEquals(2.0, result.xp().earned());
        assertEquals(Verdict.WRONG, result.cell(2, 2).verdict());
        assertEquals(-3.0, result.cell(2, 2).expected());
    }

    @Test
    void showsTheNineProductsOfAWrongCellAsImageValueTimesWeight() {
        ConvolutionGridResult result = grader.grade(IMAGE, entered(
                new Double[] {-3.0, null, null},
                new Double[] {null, null, null},
                new Double[] {null, null, null}));

        CellOutcome topLeft = result.cell(0, 0);
        assertEquals(Verdict.WRONG, topLeft.verdict());
        WorkedCell working = topLeft.workingWhenWrong().orElseThrow();
        double[] pixels = {1, 2, 3, 6, 7, 8, 1, 3, 5};
        double[] weights = {-1, -1, -1, 0, 0, 0, 1, 1, 1};
        List<CellProduct> products = working.products();
        for (int i = 0; i < 9; i++) {
            assertEquals(pixels[i], products.get(i).imageValue(), "product " + i);
            assertEquals(weights[i], products.get(i).weight(), "product " + i);
        }
        // -1 - 2 - 3 + 0 + 0 + 0 + 1 + 3 + 5
        assertEquals(3.0, working.total());
    }

    @Test
    void showsNoWorkingForCellsThatWereRightOrBlank() {
        ConvolutionGridResult result = grader.grade(IMAGE, entered(
                new Double[] {3.0, null, null},
                new Double[] {null, null, null},
                new Double[] {null, null, null}));

        assertTrue(result.cell(0, 0).workingWhenWrong().isEmpty());
        assertTrue(result.cell(1, 1).workingWhenWrong().isEmpty());
    }

    @Test
    void returnsTheTrueFeatureMap() {
        ConvolutionGridResult result = grader.grade(IMAGE, EnteredFeatureMap.blank(3, 3));

        assertEquals(Grid.of(new int[][] {{3, 6, 9}, {-9, -6, -3}, {15, 6, -3}}), result.featureMap());
        assertEquals(0.0, result.xp().earned());
    }

    @Test
    void takesItsXpNumbersFromTheLessonContent() {
        ConvolutionGridGrader custom = new ConvolutionGridGrader(Kernels.HORIZONTAL_EDGE,
                new ConvolutionGridXp(0.5, 0.25, 2));

        ConvolutionGridResult result = custom.grade(IMAGE, entered(
                new Double[] {3.0, 6.0, 9.0},
                new Double[] {-9.0, -6.0, -3.0},
                new Double[] {15.0, 6.0, -3.0}));

        assertEquals(new Xp(2.75, 2.75), result.xp());
    }

    @Test
    void refusesAnAnswerWhoseShapeDiffersFromTheFeatureMap() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> grader.grade(IMAGE, EnteredFeatureMap.blank(2, 3)));

        assertEquals("the answer has 2x3 cells but the feature map is 3x3", e.getMessage());
    }

    @Test
    void refusesNegativeXpInTheLessonContent() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ConvolutionGridXp(1, -1, 3));

        assertEquals("next cell XP must be a finite number of at least 0, got -1.0", e.getMessage());
    }

    private static EnteredFeatureMap entered(Double[]... rows) {
        return EnteredFeatureMap.of(rows);
    }
}

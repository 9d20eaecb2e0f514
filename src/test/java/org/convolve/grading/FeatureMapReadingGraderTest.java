package org.convolve.grading;

import static org.convolve.grading.FeatureMapReadingKey.BRIGHTER_ABOVE;
import static org.convolve.grading.FeatureMapReadingKey.BRIGHTER_BELOW;
import static org.convolve.grading.FeatureMapReadingKey.BRIGHTER_RIGHT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.convolve.conv.CellPosition;
import org.convolve.conv.Grid;
import org.convolve.conv.Kernels;
import org.junit.jupiter.api.Test;

class FeatureMapReadingGraderTest {

    // Map with the lesson's filter (worked out in CrossCorrelationTest): {{3, 6, 9}, {-9, -6, -3}, {15, 6, -3}}.
    private static final Grid MIXED = Grid.of(new int[][] {
        {1, 2, 3, 4, 5},
        {6, 7, 8, 9, 0},
        {1, 3, 5, 7, 9},
        {2, 4, 6, 8, 0},
        {9, 8, 7, 6, 5}});

    // Map: {{0, 0, 0}, {27, 27, 27}, {27, 27, 27}}; six cells share the maximum and nothing is negative.
    private static final Grid DARK_ABOVE_BRIGHT = Grid.of(new int[][] {
        {0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0},
        {0, 0, 0, 0, 0},
        {9, 9, 9, 9, 9},
        {9, 9, 9, 9, 9}});

    private final FeatureMapReadingGrader grader =
            new FeatureMapReadingGrader(Kernels.HORIZONTAL_EDGE, FeatureMapReadingKey.HORIZONTAL_EDGE_LESSON);

    @Test
    void givesEveryXpPointForBothExtremesAndBothMeanings() {
        FeatureMapReadingResult result = grader.grade(MIXED,
                reading(CellPick.at(2, 0), CellPick.at(1, 0), BRIGHTER_BELOW, BRIGHTER_ABOVE));

        assertEquals(new Xp(2, 2), result.xp());
        assertEquals(Verdict.CORRECT, result.largestPositive().verdict());
        assertEquals(Verdict.CORRECT, result.mostNegative().verdict());
    }

    @Test
    void aPositiveCellThatIsNotTheLargestIsWrong() {
        FeatureMapReadingResult result = grader.grade(MIXED,
                reading(CellPick.at(0, 2), CellPick.at(1, 0), BRIGHTER_BELOW, BRIGHTER_ABOVE));

        assertEquals(Verdict.WRONG, result.largestPositive().verdict());
        assertEquals(List.of(new CellPosition(2, 0)), result.largestPositive().acceptedCells());
        assertEquals("the largest positive value is 15, found at row 3, column 1",
                result.largestPositive().explanation());
        assertEquals(1.5, result.xp().earned());
    }

    @Test
    void acceptsAnyCellThatTiesForTheMaximum() {
        for (int row = 1; row <= 2; row++) {
            for (int col = 0; col <= 2; col++) {
                FeatureMapReadingResult result = grader.grade(DARK_ABOVE_BRIGHT,
                        reading(CellPick.at(row, col), CellPick.none(), BRIGHTER_BELOW, BRIGHTER_ABOVE));

                assertEquals(Verdict.CORRECT, result.largestPositive().verdict(), "cell " + row + ", " + col);
            }
        }
    }

    @Test
    void saysSoWhenTheMapHasNoNegativeValueAndAcceptsNone() {
        FeatureMapReadingResult result = grader.grade(DARK_ABOVE_BRIGHT,
                reading(CellPick.at(1, 1), CellPick.none(), BRIGHTER_BELOW, BRIGHTER_ABOVE));

        assertTrue(result.mostNegative().noneWasRight());
        assertEquals(Verdict.CORRECT, result.mostNegative().verdict());
        assertEquals("this feature map has no negative value, so \"none\" is the answer",
                result.mostNegative().explanation());
    }

    @Test
    void aZeroCellIsNotTheMostNegativeWhenNothingIsNegative() {
        FeatureMapReadingResult result = grader.grade(DARK_ABOVE_BRIGHT,
                reading(CellPick.at(1, 1), CellPick.at(0, 0), BRIGHTER_BELOW, BRIGHTER_ABOVE));

        assertEquals(Verdict.WRONG, result.mostNegative().verdict());
    }

    @Test
    void claimingNoneWhenTheMapHasAPositiveValueIsWrong() {
        FeatureMapReadingResult result = grader.grade(MIXED,
                reading(CellPick.none(), CellPick.at(1, 0), BRIGHTER_BELOW, BRIGHTER_ABOVE));

        assertEquals(Verdict.WRONG, result.largestPositive().verdict());
    }

    @Test
    void creditsHalfTheMeaningXpForOneRightMeaning() {
        FeatureMapReadingResult result = grader.grade(MIXED,
                reading(CellPick.at(2, 0), CellPick.at(1, 0), BRIGHTER_BELOW, BRIGHTER_RIGHT));

        assertEquals(Verdict.CORRECT, result.positiveMeaning().verdict());
        assertEquals(Verdict.WRONG, result.negativeMeaning().verdict());
        assertEquals(1.5, result.xp().earned());
    }

    @Test
    void swappedMeaningsEarnNoMeaningXp() {
        FeatureMapReadingResult result = grader.grade(MIXED,
                reading(CellPick.at(2, 0), CellPick.at(1, 0), BRIGHTER_ABOVE, BRIGHTER_BELOW));

        assertEquals(1.0, result.xp().earned());
    }

    @Test
    void reportsAMeaningOutsideTheChoicesAsWrongWithAReason() {
        FeatureMapReadingResult result = grader.grade(MIXED,
                reading(CellPick.at(2, 0), CellPick.at(1, 0), "a-cat", BRIGHTER_ABOVE));

        assertEquals(Verdict.WRONG, result.positiveMeaning().verdict());
        assertEquals(Optional.of("that meaning is not one of the choices offered"), result.positiveMeaning().problem());
    }

    @Test
    void leavesBlankAnswersUnansweredAndUnpaid() {
        FeatureMapReadingResult result = grader.grade(MIXED,
                new FeatureMapReading(CellPick.blank(), CellPick.blank(), Optional.empty(), Optional.of(" ")));

        assertEquals(Verdict.UNANSWERED, result.largestPositive().verdict());
        assertEquals(Verdict.UNANSWERED, result.negativeMeaning().verdict());
        assertEquals(0.0, result.xp().earned());
    }

    @Test
    void acceptsNoneForBothExtremesOfAFlatImage() {
        FeatureMapReadingResult result = grader.grade(Grid.filled(5, 5, 4),
                reading(CellPick.none(), CellPick.none(), BRIGHTER_BELOW, BRIGHTER_ABOVE));

        assertEquals(new Xp(2, 2), result.xp());
    }

    @Test
    void takesTheXpSplitFromTheLessonContent() {
        FeatureMapReadingKey key = new FeatureMapReadingKey(List.of("up", "down"), "up", "down", 3, 1);
        FeatureMapReadingGrader custom = new FeatureMapReadingGrader(Kernels.HORIZONTAL_EDGE, key);

        FeatureMapReadingResult result = custom.grade(MIXED,
                reading(CellPick.at(2, 0), CellPick.at(1, 0), "down", "up"));

        assertEquals(new Xp(3, 4), result.xp());
    }

    @Test
    void keyRefusesARightMeaningThatIsNotAChoice() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new FeatureMapReadingKey(List.of("up", "down"), "left", "down", 1, 1));

        assertEquals("the positive meaning 'left' is not one of the choices [up, down]", e.getMessage());
    }

    private static FeatureMapReading reading(CellPick positive, CellPick negative, String positiveMeaning,
            String negativeMeaning) {
        return new FeatureMapReading(positive, negative, Optional.of(positiveMeaning), Optional.of(negativeMeaning));
    }

    @Test
    void tiesAreSaidByRow() {
        assertEquals("row 3, column 1", FeatureMapReadingGrader.describe(List.of(at(2, 0)), 3));
        assertEquals("row 1, columns 1 and 3; row 2, column 2", FeatureMapReadingGrader.describe(
                List.of(at(0, 0), at(0, 2), at(1, 1)), 3));
        assertEquals("every cell of rows 1 and 2", FeatureMapReadingGrader.describe(List.of(at(0, 0),
                at(0, 1), at(0, 2), at(1, 0), at(1, 1), at(1, 2)), 3));
        assertEquals("every cell of row 2", FeatureMapReadingGrader.describe(List.of(at(1, 0), at(1, 1), at(1, 2)), 3));
        assertEquals("row 2, columns 1 and 2", FeatureMapReadingGrader.describe(List.of(at(1, 0), at(1, 1)), 3));
    }

    private static CellPosition at(int row, int col) {
        return new CellPosition(row, col);
    }
}

package org.convolve.grading;

import static org.convolve.grading.FilterCriterion.FLAT_AREAS_GIVE_ZERO;
import static org.convolve.grading.FilterCriterion.HORIZONTAL_EDGES_GIVE_NEAR_ZERO;
import static org.convolve.grading.FilterCriterion.VERTICAL_EDGES_RESPOND_STRONGLY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convolve.conv.CrossCorrelation;
import org.convolve.conv.Grid;
import org.convolve.conv.Kernels;
import org.convolve.conv.Probe;
import org.convolve.conv.ProbeResponse;
import org.junit.jupiter.api.Test;

class VerticalFilterGraderTest {

    private final VerticalFilterGrader grader = new VerticalFilterGrader(VerticalFilterXp.LESSON_DEFAULT);

    @Test
    void passesTheSimpleVerticalEdgeFilter() {
        VerticalFilterResult result = grader.grade(Kernels.VERTICAL_EDGE);

        assertTrue(result.passedAll());
        assertEquals(new Xp(4, 4), result.xp());
    }

    @Test
    void passesTheNegatedVerticalEdgeFilterBecauseAnEdgeIsAnEdgeEitherWay() {
        assertTrue(grader.grade(Kernels.VERTICAL_EDGE.negated()).passedAll());
    }

    @Test
    void passesTheSobelVerticalFilter() {
        assertTrue(grader.grade(Kernels.SOBEL_VERTICAL).passedAll());
    }

    @Test
    void theGivenHorizontalEdgeFilterEarnsNothing() {
        // It gives 0 on a vertical edge, so its 0 on flat areas shows nothing either.
        VerticalFilterResult result = grader.grade(Kernels.HORIZONTAL_EDGE);

        assertFalse(result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).passed());
        assertFalse(result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).passed());
        assertFalse(result.criterion(FLAT_AREAS_GIVE_ZERO).passed());
        assertEquals("the weights add up to 0, so a flat area of 5 gives 0, but so does a vertical edge: the filter"
                + " does not respond to edges it should find",
                result.criterion(FLAT_AREAS_GIVE_ZERO).explanation());
        assertEquals("on a vertical edge the filter gives 0 and on a horizontal edge up to 21: it finds horizontal"
                + " edges, not vertical ones", result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).explanation());
        assertEquals(new Xp(0, 4), result.xp());
    }

    @Test
    void gradesAFilterOfTheLessonsKernelSize() {
        VerticalFilterGrader twoByTwo = new VerticalFilterGrader(VerticalFilterXp.LESSON_DEFAULT, 2);

        assertTrue(twoByTwo.grade(Grid.of(new int[][] {{-1, 1}, {-1, 1}})).passedAll());
        VerticalFilterResult horizontal = twoByTwo.grade(Grid.of(new int[][] {{-1, -1}, {1, 1}}));
        assertFalse(horizontal.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).passed());
        assertFalse(horizontal.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).passed());
        // The identity filter of this size copies brightness: with the weights' average (a quarter) taken
        // out, its edge response is (8 - 1) * 3/4 at most, short of the contrast of 7.
        VerticalFilterResult identity = twoByTwo.grade(Grid.of(new int[][] {{1, 0}, {0, 0}}));
        assertFalse(identity.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).passed(), identity.criterion(
                VERTICAL_EDGES_RESPOND_STRONGLY).explanation());
        assertThrows(IllegalArgumentException.class, () -> twoByTwo.grade(Kernels.VERTICAL_EDGE),
                "a 3 × 3 filter is not this lesson's size");
    }

    @Test
    void failsAnAllZeroFilterOnRespondingStrongly() {
        VerticalFilterResult result = grader.grade(Grid.filled(3, 3, 0));

        CriterionOutcome vertical = result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY);
        assertFalse(vertical.passed());
        assertEquals(0.0, vertical.xp().earned());
        assertEquals("on a vertical edge the strongest response is 0, below the edge's step in brightness (7)",
                vertical.explanation());
    }

    @Test
    void anAllZeroFilterEarnsNothingForHorizontalEdgesBecauseItRespondsToNothing() {
        VerticalFilterResult result = grader.grade(Grid.filled(3, 3, 0));

        CriterionOutcome horizontal = result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO);
        assertFalse(horizontal.passed());
        assertEquals("on a vertical edge the filter gives 0, so its 0 on a horizontal edge cannot be judged"
                + " small next to it", horizontal.explanation());
        assertEquals(new Xp(0, 4), result.xp(), "a filter that answers nothing earns nothing");
    }

    @Test
    void aFilterThatIgnoresVerticalEdgesEarnsNothingEvenWhenItIgnoresEverythingElseToo() {
        // Weights on the diagonal corners cancel on every probe, so each probe answers 0.
        VerticalFilterResult result = grader.grade(Grid.of(new int[][] {{1, 0, -1}, {0, 0, 0}, {-1, 0, 1}}));

        assertFalse(result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).passed());
        assertFalse(result.criterion(FLAT_AREAS_GIVE_ZERO).passed());
    }

    @Test
    void failsTheIdentityFilterOnFlatAreas() {
        Grid identity = Grid.of(new int[][] {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}});

        CriterionOutcome flat = grader.grade(identity).criterion(FLAT_AREAS_GIVE_ZERO);

        assertFalse(flat.passed());
        assertEquals("the weights add up to 1, so a flat area of 5 gives 5 instead of 0", flat.explanation());
    }

    @Test
    void theIdentityFilterDoesNotPassForAVerticalEdgeDetectorByCopyingTheBrightSide() {
        Grid identity = Grid.of(new int[][] {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}});

        VerticalFilterResult result = grader.grade(identity);
        CriterionOutcome vertical = result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY);

        assertFalse(vertical.passed(), "it copies the 8 of the bright side, above the contrast of 7, but finds no edge");
        assertEquals("your filter mostly copies brightness: its weights add up to 1, so brightness alone gives up to"
                + " 8 on the test images, more than the 2.33 a vertical edge adds to it", vertical.explanation());
        String horizontal = result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).explanation();
        assertTrue(horizontal.startsWith("brightness alone gives up to 8 here too, so what a horizontal edge adds (up to ")
                && !horizontal.contains("3333"), "its own words, rounded: " + horizontal);
    }

    @Test
    void aFilterWhoseWeightsAddUpToOneLosesTheFlatAreaCriterionOnly() {
        // Brightness alone gives it 8 on the bright half of the horizontal-edge image; that is not an edge.
        VerticalFilterResult result = grader.grade(Grid.of(new int[][] {{-1, 0, 1}, {-1, 0, 2}, {-1, 0, 1}}));

        assertFalse(result.criterion(FLAT_AREAS_GIVE_ZERO).passed());
        assertTrue(result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).passed(),
                result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).explanation());
        assertTrue(result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).passed());
        assertTrue(result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).explanation().startsWith(
                "on a horizontal edge the response differs by up to 2.33 from what brightness alone gives (the weights"
                        + " add up to 1), at most a tenth"), result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).explanation());
    }

    @Test
    void aFlatAreaIsSaidWithItsSign() {
        CriterionOutcome flat = grader.grade(Grid.of(new int[][] {{-1, 0, 0}, {-1, 0, 0}, {-1, 0, 0}}))
                .criterion(FLAT_AREAS_GIVE_ZERO);

        assertEquals("the weights add up to -3, so a flat area of 5 gives -15 instead of 0", flat.explanation());
    }

    @Test
    void aBoxFilterIsSaidToCopyBrightnessAndEachEdgeRuleSaysItsOwnPart() {
        // All ones: its map of the edge image runs from 9 to 72, all of it brightness.
        VerticalFilterResult result = grader.grade(Grid.filled(3, 3, 1));

        assertEquals("your filter mostly copies brightness: its weights add up to 9, so brightness alone gives up to"
                + " 72 on the test images, more than the 0 a vertical edge adds to it",
                result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).explanation());
        assertEquals("brightness alone gives up to 72 here too, and a horizontal edge adds nothing to it: the filter"
                + " answers brightness, not edges", result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).explanation());
    }

    @Test
    void aVerticalBlurEarnsNothingThoughWhatItAddsToBrightnessWouldFindALine() {
        // Without its average its columns are -1, 2, -1, a vertical-line finder that answers an edge with exactly 7;
        // but on the test images brightness gives it up to 24. Shown its heatmaps, a learner sees a blur.
        VerticalFilterResult result = grader.grade(Grid.of(new int[][] {{0, 1, 0}, {0, 1, 0}, {0, 1, 0}}));

        assertEquals(new Xp(0, 4), result.xp());
        assertTrue(result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).explanation().startsWith(
                "your filter mostly copies brightness"), result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).explanation());
    }

    @Test
    void anAllZeroFilterIsToldItNeverResponds() {
        assertEquals("all your weights are 0, so the filter never responds to anything; give it some weights",
                grader.grade(Grid.filled(3, 3, 0)).criterion(FLAT_AREAS_GIVE_ZERO).explanation());
    }

    @Test
    void aBlurDoesNotPassForAVerticalEdgeDetector() {
        assertFalse(grader.grade(Grid.filled(3, 3, 1)).criterion(VERTICAL_EDGES_RESPOND_STRONGLY).passed());
    }

    @Test
    void aVerticalEdgeDetectorDrownedInBrightnessIsSaidToCopyBrightness() {
        // The simple vertical-edge filter plus 1 on every weight: its edge part (21) is whole, but brightness
        // alone gives it up to 72 on the test images.
        VerticalFilterResult result = grader.grade(Grid.of(new int[][] {{0, 1, 2}, {0, 1, 2}, {0, 1, 2}}));

        assertFalse(result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).passed());
        assertEquals("your filter mostly copies brightness: its weights add up to 9, so brightness alone gives up to"
                + " 72 on the test images, more than the 21 a vertical edge adds to it",
                result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).explanation());
        assertFalse(result.criterion(FLAT_AREAS_GIVE_ZERO).passed());
    }

    @Test
    void aDetectorWithOneWeightOffKeepsItsEdgePointsAndLosesTheFlatAreaOne() {
        // Weights adding up to 1: brightness gives it up to 8, far less than the 25.67 a vertical edge adds.
        VerticalFilterResult result = grader.grade(Grid.of(new int[][] {{-1, 0, 1}, {-1, 0, 2}, {-1, 0, 1}}));

        assertEquals(new Xp(3, 4), result.xp());
        assertTrue(result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).explanation().contains(
                "differs by up to 25.67 from what brightness alone gives"), result.criterion(
                VERTICAL_EDGES_RESPOND_STRONGLY).explanation());
    }

    @Test
    void failsAFilterThatSeesBothKindsOfEdgeOnTheHorizontalCriterionOnly() {
        // A diagonal Sobel kernel: its columns and its rows both sum to -3, 0, 3, so it sees both edges.
        Grid both = Grid.of(new int[][] {{-2, -1, 0}, {-1, 0, 1}, {0, 1, 2}});

        VerticalFilterResult result = grader.grade(both);

        assertTrue(result.criterion(FLAT_AREAS_GIVE_ZERO).passed());
        assertTrue(result.criterion(VERTICAL_EDGES_RESPOND_STRONGLY).passed());
        assertFalse(result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).passed());
    }

    @Test
    void allowsAHorizontalResponseOfExactlyATenthOfTheVerticalOne() {
        // The columns sum to -10, 0, 10: where the edge enters the window the response is 10 x contrast 7 = 70.
        // The rows sum to -1, 0, 1: a horizontal edge gives 1 x 7 = 7, exactly a tenth.
        Grid filter = Grid.of(new int[][] {{-4, 0, 3}, {-3, 0, 3}, {-3, 0, 4}});

        VerticalFilterResult result = grader.grade(filter);

        assertEquals(70.0, result.probeMaps().get(Probe.VERTICAL_EDGE.ordinal()).strongestResponse());
        assertEquals(7.0, result.probeMaps().get(Probe.HORIZONTAL_EDGE.ordinal()).strongestResponse());
        assertTrue(result.criterion(HORIZONTAL_EDGES_GIVE_NEAR_ZERO).passed());
    }

    @Test
    void carriesTheFeatureMapOfEveryProbeForTheHeatmaps() {
        VerticalFilterResult result = grader.grade(Kernels.SOBEL_VERTICAL);

        assertEquals(Probe.values().length, result.probeMaps().size());
        for (ProbeResponse response : result.probeMaps()) {
            assertEquals(CrossCorrelation.apply(response.probe().image(), Kernels.SOBEL_VERTICAL),
                    response.featureMap());
        }
    }

    @Test
    void takesItsXpPerCriterionFromTheLessonContent() {
        VerticalFilterGrader custom = new VerticalFilterGrader(new VerticalFilterXp(0.5, 2, 3));

        // A diagonal Sobel kernel passes the flat-area (0.5) and vertical-edge (3) criteria, not the horizontal one (2).
        VerticalFilterResult result = custom.grade(Grid.of(new int[][] {{-2, -1, 0}, {-1, 0, 1}, {0, 1, 2}}));

        assertEquals(new Xp(3.5, 5.5), result.xp());
    }

    @Test
    void refusesAFilterThatIsNotThreeByThree() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> grader.grade(Grid.filled(2, 3, 0)));

        assertEquals("the filter must be 3 rows of 3 cells, got 2x3", e.getMessage());
    }

    @Test
    void refusesWeightsOutsideMinusNineToNine() {
        Grid tooStrong = Grid.of(new int[][] {{-10, 0, 10}, {-1, 0, 1}, {-1, 0, 1}});

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> grader.grade(tooStrong));

        assertEquals("row 1, column 1: -10 is not a whole number from -9 to 9", e.getMessage());
    }
}

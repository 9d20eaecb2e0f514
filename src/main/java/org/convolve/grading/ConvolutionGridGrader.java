package org.convolve.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.convolve.conv.CellPosition;
import org.convolve.conv.ConvolutionSettings;
import org.convolve.conv.CrossCorrelation;
import org.convolve.conv.Grid;

/**
 * Grades a feature map worked out by hand, with the lesson's stride and padding (stride 1 and no
 * padding unless the lesson sets them). Only the cells the learner filled in are judged; each
 * wrong one comes with its products as a worked example.
 */
public final class ConvolutionGridGrader {

    // Hand arithmetic on whole numbers is exact; the slack only absorbs decimal input like "3.0".
    private static final double TOLERANCE = 1e-9;

    private final Grid kernel;
    private final ConvolutionSettings settings;
    private final ConvolutionGridXp xp;

    public ConvolutionGridGrader(Grid kernel, ConvolutionGridXp xp) {
        this(kernel, ConvolutionSettings.standard(), xp);
    }

    public ConvolutionGridGrader(Grid kernel, ConvolutionSettings settings, ConvolutionGridXp xp) {
        this.kernel = kernel;
        this.settings = settings;
        this.xp = xp;
    }

    public ConvolutionGridResult grade(Grid image, EnteredFeatureMap entered) {
        Grid featureMap = CrossCorrelation.apply(image, kernel, settings);
        if (featureMap.cols() < 2) {
            throw new IllegalArgumentException("a " + image.rows() + "x" + image.cols()
                    + " image gives no second cell to the right of the top-left one");
        }
        if (entered.rows() != featureMap.rows() || entered.cols() != featureMap.cols()) {
            throw new IllegalArgumentException("the answer has " + entered.rows() + "x" + entered.cols()
                    + " cells but the feature map is " + featureMap.rows() + "x" + featureMap.cols());
        }
        List<CellOutcome> cells = new ArrayList<>(featureMap.rows() * featureMap.cols());
        int correct = 0;
        for (int r = 0; r < featureMap.rows(); r++) {
            for (int c = 0; c < featureMap.cols(); c++) {
                CellOutcome outcome = judge(image, entered, featureMap, r, c);
                if (outcome.verdict() == Verdict.CORRECT) {
                    correct++;
                }
                cells.add(outcome);
            }
        }
        return new ConvolutionGridResult(featureMap, cells, earned(cells, correct == cells.size()));
    }

    private CellOutcome judge(Grid image, EnteredFeatureMap entered, Grid featureMap, int row, int col) {
        CellPosition cell = new CellPosition(row, col);
        double expected = featureMap.get(row, col);
        if (entered.isBlank(row, col)) {
            return new CellOutcome(cell, Verdict.UNANSWERED, OptionalDouble.empty(), expected, Optional.empty());
        }
        double value = entered.value(row, col);
        if (Math.abs(value - expected) <= TOLERANCE) {
            return new CellOutcome(cell, Verdict.CORRECT, OptionalDouble.of(value), expected, Optional.empty());
        }
        return new CellOutcome(cell, Verdict.WRONG, OptionalDouble.of(value), expected,
                Optional.of(CrossCorrelation.workCell(image, kernel, settings, cell)));
    }

    private Xp earned(List<CellOutcome> cells, boolean allCorrect) {
        double earned = 0;
        if (cells.get(0).verdict() == Verdict.CORRECT) {
            earned += xp.topLeftXp();
        }
        if (cells.get(1).verdict() == Verdict.CORRECT) {
            earned += xp.nextXp();
        }
        if (allCorrect) {
            earned += xp.fullMapXp();
        }
        return new Xp(earned, xp.available());
    }
}

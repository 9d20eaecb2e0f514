package org.convolve.bench;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.convolve.conv.CrossCorrelation;
import org.convolve.conv.Grid;
import org.convolve.conv.Kernels;
import org.convolve.grading.ConvolutionGridGrader;
import org.convolve.grading.ConvolutionGridResult;
import org.convolve.grading.ConvolutionGridXp;
import org.convolve.grading.EnteredFeatureMap;
import org.convolve.grading.MatchingAnswer;
import org.convolve.grading.MatchingGrader;
import org.convolve.grading.MatchingKey;
import org.convolve.grading.MatchingResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * What one learner's answer costs the server. The grid answers have some cells wrong, so the
 * worked-example path (nine products per wrong cell) is part of what is measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GradingBenchmark {

    private final Grid image = Grid.of(new int[][] {
        {1, 2, 3, 4, 5},
        {6, 7, 8, 9, 0},
        {1, 3, 5, 7, 9},
        {2, 4, 6, 8, 0},
        {9, 8, 7, 6, 5}});

    private final ConvolutionGridGrader gridGrader =
            new ConvolutionGridGrader(Kernels.HORIZONTAL_EDGE, ConvolutionGridXp.LESSON_DEFAULT);

    private final EnteredFeatureMap allRight = EnteredFeatureMap.of(new Double[][] {
        {3.0, 6.0, 9.0}, {-9.0, -6.0, -3.0}, {15.0, 6.0, -3.0}});

    private final EnteredFeatureMap threeWrong = EnteredFeatureMap.of(new Double[][] {
        {-3.0, 6.0, 9.0}, {-9.0, 6.0, -3.0}, {15.0, 6.0, 3.0}});

    private final MatchingGrader matchingGrader = new MatchingGrader(
            new MatchingKey(List.of("filter", "feature-map", "weight-sharing", "max-pooling", "relu")), 5);

    private final MatchingAnswer matchingAnswer = MatchingAnswer.of(Map.of(
            "filter", "filter", "feature-map", "weight-sharing", "weight-sharing", "feature-map",
            "max-pooling", "max-pooling", "relu", "relu"));

    @Benchmark
    public Grid crossCorrelateFiveByFive() {
        return CrossCorrelation.apply(image, Kernels.HORIZONTAL_EDGE);
    }

    @Benchmark
    public ConvolutionGridResult gradeConvolutionGridAllRight() {
        return gridGrader.grade(image, allRight);
    }

    @Benchmark
    public ConvolutionGridResult gradeConvolutionGridThreeWrong() {
        return gridGrader.grade(image, threeWrong);
    }

    @Benchmark
    public MatchingResult gradeMatchingAnswer() {
        return matchingGrader.grade(matchingAnswer);
    }
}

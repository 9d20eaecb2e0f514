package org.convolve.web;

import org.convolve.conv.ConvolutionSettings;
import org.convolve.conv.Grid;
import org.convolve.grading.ConvolutionGridGrader;
import org.convolve.grading.ConvolutionGridXp;
import org.convolve.grading.FeatureMapReadingGrader;
import org.convolve.grading.FeatureMapReadingKey;
import org.convolve.grading.GridForm;
import org.convolve.grading.MatchingGrader;
import org.convolve.grading.MatchingKey;
import org.convolve.grading.MultipleChoiceGrader;
import org.convolve.grading.MultipleChoiceKey;
import org.convolve.grading.VerticalFilterGrader;
import org.convolve.grading.VerticalFilterXp;
import org.convolve.lesson.CellsXp;
import org.convolve.lesson.ChoiceOption;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.FeatureMapReading;
import org.convolve.lesson.GridImageSpec;
import org.convolve.lesson.Meaning;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingPair;
import org.convolve.lesson.MultipleChoiceActivity;
import org.convolve.lesson.ReadingXp;

/** Builds the pure graders from a lesson's content: answers and XP come from the file, not from code. */
final class ActivityGraders {
    private ActivityGraders() {
    }

    static MatchingGrader matching(MatchingActivity activity) {
        return new MatchingGrader(new MatchingKey(activity.pairs().stream().map(MatchingPair::id).toList()),
                activity.xp());
    }

    static MultipleChoiceGrader choice(MultipleChoiceActivity activity) {
        return new MultipleChoiceGrader(new MultipleChoiceKey(
                activity.options().stream().map(ChoiceOption::id).toList(), activity.correctOption().id()),
                activity.xp());
    }

    static ConvolutionGridGrader featureMap(ConvolutionGridActivity activity) {
        CellsXp xp = activity.xpBreakdown().cells();
        return new ConvolutionGridGrader(kernel(activity), settings(activity),
                xp == null ? new ConvolutionGridXp(0, 0, 0) : new ConvolutionGridXp(xp.topLeft(), xp.nextRight(), xp.fullMap()));
    }

    static FeatureMapReadingGrader reading(ConvolutionGridActivity activity) {
        FeatureMapReading reading = activity.reading();
        ReadingXp xp = activity.xpBreakdown().reading();
        return new FeatureMapReadingGrader(kernel(activity), settings(activity), new FeatureMapReadingKey(
                reading.meanings().stream().map(Meaning::id).toList(),
                reading.positiveMeans(), reading.negativeMeans(),
                xp == null ? 0 : xp.locate(), xp == null ? 0 : xp.meaning()));
    }

    /** The stride and padding the lesson sets for its grid. */
    static ConvolutionSettings settings(ConvolutionGridActivity activity) {
        return new ConvolutionSettings(activity.stride(), activity.padding());
    }

    /** The image a learner types for this grid: the lesson's size and range of values. */
    static GridForm imageForm(ConvolutionGridActivity activity) {
        GridImageSpec image = activity.image();
        return GridForm.image(image.rows(), image.columns(), image.minValue(), image.maxValue());
    }

    static VerticalFilterGrader filter(ConvolutionGridActivity activity) {
        org.convolve.lesson.VerticalFilterXp xp = activity.xpBreakdown().verticalFilter();
        return new VerticalFilterGrader(xp == null ? new VerticalFilterXp(0, 0, 0)
                : new VerticalFilterXp(xp.flat(), xp.horizontal(), xp.vertical()), activity.kernelSize());
    }

    static Grid kernel(ConvolutionGridActivity activity) {
        return Grid.of(activity.kernelArray());
    }
}

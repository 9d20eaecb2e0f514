package org.convolve.lesson.loader;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convolve.lesson.Activity;
import org.convolve.lesson.CalloutSection;
import org.convolve.lesson.ChoiceOption;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingPair;
import org.convolve.lesson.MultipleChoiceActivity;
import org.convolve.lesson.Section;
import org.junit.jupiter.api.Test;

/** The shipped lesson keeps the seed's structure, facts and XP. */
class CnnBasicsLessonTest {
    private final Lesson lesson = new LessonLoader().loadCatalog().get("cnn-basics");

    @Test
    void has_the_seed_header() {
        assertEquals("Convolutional Networks for Vision", lesson.title());
        assertEquals("Machine Learning & Deep Learning", lesson.subject());
        assertEquals(20, lesson.minutes());
        assertEquals(20, lesson.xp());
    }

    @Test
    void activities_total_twenty_xp() {
        assertEquals(20, lesson.totalXp());
        assertEquals(List.of(5, 2, 2, 11), lesson.activitiesInPageOrder().stream().map(Activity::xpAvailable).toList());
    }

    @Test
    void sections_follow_the_seed_order() {
        assertEquals(List.of(
                "why-not-fully-connected",
                "sliding-filters",
                "convolution-in-one-sentence",
                "relu-and-pooling",
                "match-terms",
                "why-cnns-suit-images",
                "limits",
                "not-general-learners",
                "weight-sharing-question",
                "night-infrared-question",
                "design-filter"), lesson.sections().stream().map(Section::id).toList());
    }

    @Test
    void the_two_callouts_are_set_apart_from_the_reading() {
        assertInstanceOf(CalloutSection.class, lesson.section("convolution-in-one-sentence").orElseThrow());
        assertInstanceOf(CalloutSection.class, lesson.section("not-general-learners").orElseThrow());
    }

    @Test
    void reading_keeps_the_seeds_numbers() {
        String text = String.join(" ", lesson.sections().stream()
                .flatMap(s -> s instanceof org.convolve.lesson.ReadingSection r ? r.paragraphs().stream() : java.util.stream.Stream.empty())
                .toList());
        for (String fact : List.of("1000 × 1000", "3 million", "three billion", "nine weights", "2 × 2",
                "Conv → ReLU → Conv → ReLU → MaxPool", "AlexNet", "2012", "ImageNet", "1.2 million", "1000 categories")) {
            assertTrue(text.contains(fact), () -> "reading lost the fact: " + fact);
        }
    }

    @Test
    void activities_appear_in_page_order() {
        assertEquals(List.of("match-terms", "weight-sharing-question", "night-infrared-question", "design-filter"),
                lesson.activitiesInPageOrder().stream().map(Activity::id).toList());
    }

    @Test
    void matching_has_the_five_seed_terms_each_with_feedback() {
        MatchingActivity matching = (MatchingActivity) lesson.activity("match-terms").orElseThrow();
        assertEquals(List.of("Filter (kernel)", "Feature map", "Weight sharing", "Max pooling", "ReLU"),
                matching.pairs().stream().map(MatchingPair::term).toList());
        assertTrue(matching.pairs().stream().noneMatch(p -> p.feedbackWhenWrong().isBlank()));
        assertEquals(5, matching.xpAvailable());
    }

    @Test
    void both_questions_have_four_explained_options_and_one_correct() {
        List<MultipleChoiceActivity> questions = lesson.activities().stream()
                .filter(MultipleChoiceActivity.class::isInstance).map(MultipleChoiceActivity.class::cast).toList();
        assertEquals(2, questions.size());
        for (MultipleChoiceActivity question : questions) {
            assertEquals(4, question.options().size(), question.id());
            assertEquals(1, question.options().stream().filter(ChoiceOption::correct).count(), question.id());
            assertTrue(question.options().stream().allMatch(o -> o.explanation().length() > 40), question.id());
            assertEquals(2, question.xpAvailable());
        }
    }

    @Test
    void the_infrared_question_rewards_recognising_a_domain_shift() {
        var question = (MultipleChoiceActivity) lesson.activity("night-infrared-question").orElseThrow();
        assertEquals("domain-shift", question.correctOption().id());
    }

    @Test
    void design_filter_uses_the_horizontal_edge_kernel_on_a_five_by_five_image() {
        var grid = (ConvolutionGridActivity) lesson.activity("design-filter").orElseThrow();
        assertArrayEquals(new int[][] {{-1, -1, -1}, {0, 0, 0}, {1, 1, 1}}, grid.kernelArray());
        assertEquals(5, grid.image().rows());
        assertEquals(5, grid.image().columns());
        assertEquals(0, grid.image().minValue());
        assertEquals(9, grid.image().maxValue());
        assertEquals(1, grid.stride());
        assertEquals(0, grid.padding());
        assertEquals(3, grid.featureMapRows());
        assertEquals(3, grid.featureMapColumns());
        assertEquals(6, grid.steps().size());
    }

    @Test
    void design_filter_xp_splits_as_the_brief_says() {
        var breakdown = ((ConvolutionGridActivity) lesson.activity("design-filter").orElseThrow()).xpBreakdown();
        assertEquals(List.of(1, 1, 3), List.of(breakdown.cells().topLeft(), breakdown.cells().nextRight(),
                breakdown.cells().fullMap()));
        assertEquals(List.of(1, 1), List.of(breakdown.reading().locate(), breakdown.reading().meaning()));
        assertEquals(List.of(1, 1, 2), List.of(breakdown.verticalFilter().flat(),
                breakdown.verticalFilter().horizontal(), breakdown.verticalFilter().vertical()));
        assertEquals(11, breakdown.total());
    }

    @Test
    void positive_values_mean_brightness_rises_downward_for_this_kernel() {
        var reading = ((ConvolutionGridActivity) lesson.activity("design-filter").orElseThrow()).reading();
        assertEquals("rises-downward", reading.positiveMeans());
        assertEquals("falls-downward", reading.negativeMeans());
        assertEquals(4, reading.meanings().size());
    }

    @Test
    void the_example_image_gives_both_large_positive_and_large_negative_values() {
        var grid = (ConvolutionGridActivity) lesson.activity("design-filter").orElseThrow();
        int[][] image = grid.image().exampleArray();
        int[][] kernel = grid.kernelArray();
        int max = Integer.MIN_VALUE;
        int min = Integer.MAX_VALUE;
        for (int r = 0; r < grid.featureMapRows(); r++) {
            for (int c = 0; c < grid.featureMapColumns(); c++) {
                int sum = 0;
                for (int i = 0; i < kernel.length; i++) {
                    for (int j = 0; j < kernel.length; j++) {
                        sum += kernel[i][j] * image[r + i][c + j];
                    }
                }
                max = Math.max(max, sum);
                min = Math.min(min, sum);
            }
        }
        assertTrue(max >= 15, "largest value " + max);
        assertTrue(min <= -15, "smallest value " + min);
    }

    @Test
    void arrays_handed_out_are_copies() {
        var grid = (ConvolutionGridActivity) lesson.activity("design-filter").orElseThrow();
        grid.kernelArray()[0][0] = 42;
        grid.image().exampleArray()[0][0] = 42;
        assertEquals(-1, grid.kernelArray()[0][0]);
        assertFalse(grid.image().exampleArray()[0][0] == 42);
    }
}

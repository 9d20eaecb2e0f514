package org.convolve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.convolve.App;
import org.convolve.conv.ConvolutionSettings;
import org.convolve.conv.CrossCorrelation;
import org.convolve.conv.Grid;
import org.convolve.conv.Numbers;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.loader.LessonLoader;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.launch.Roles;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.progress.AnswerRole;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.LessonProgress;
import org.junit.jupiter.api.Test;

/**
 * A lesson file sets its grid: image size, range of values, stride and padding. The form, the
 * grader and the page follow it (lessons-valid/padded-grid: a 4x4 image of 0-3, a 2x2 kernel,
 * padding 1, so a 5x5 feature map).
 */
class LessonGridGeometryTest {
    private static final int[][] IMAGE = {{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 1, 1, 1}, {0, 0, 3, 3}};

    private final Lesson lesson = new LessonLoader(getClass().getClassLoader(), "lessons-valid").loadBuiltIn("padded-grid");
    private final ConvolutionGridActivity grid = (ConvolutionGridActivity) lesson.activity("grid").orElseThrow();
    private final ActivityStates states = new ActivityStates(App.jsonMapper());

    private static Map<String, List<String>> form(int[][] image, Grid featureMap) {
        Map<String, List<String>> form = new HashMap<>();
        for (int r = 0; r < image.length; r++) {
            for (int c = 0; c < image[r].length; c++) {
                form.put(GridForms.cellField(GridForms.IMAGE, r, c), List.of(String.valueOf(image[r][c])));
            }
        }
        for (int r = 0; r < featureMap.rows(); r++) {
            for (int c = 0; c < featureMap.cols(); c++) {
                form.put(GridForms.cellField(GridForms.CELL, r, c), List.of(Numbers.format(featureMap.get(r, c))));
            }
        }
        return form;
    }

    @Test
    void gradesTheFeatureMapWithTheLessonsPadding() {
        Grid padded = CrossCorrelation.apply(Grid.of(IMAGE), ActivityGraders.kernel(grid), new ConvolutionSettings(1, 1));
        assertEquals(5, padded.rows());
        // Second cell of the top row: the kernel's top row lies on padding, its bottom row on 0 and 1.
        assertEquals(1.0, padded.get(0, 1));

        Submission right = GridForms.featureMap(form(IMAGE, padded), grid, 0, AnswerRole.LEARNER, states);

        Submission.Accepted accepted = assertInstanceOf(Submission.Accepted.class, right, () -> right.toString());
        assertEquals(1.0, accepted.answer().xp().orElseThrow().earned());
    }

    @Test
    void refusesAValueOutsideTheLessonsRange() {
        int[][] bright = {{0, 1, 2, 3}, {3, 2, 1, 0}, {1, 7, 1, 1}, {0, 0, 3, 3}};
        Grid map = CrossCorrelation.apply(Grid.of(bright), ActivityGraders.kernel(grid), new ConvolutionSettings(1, 1));

        Submission submission = GridForms.featureMap(form(bright, map), grid, 0, AnswerRole.LEARNER, states);

        Submission.Rejected rejected = assertInstanceOf(Submission.Rejected.class, submission);
        String error = rejected.echo().error(GridForms.cellField(GridForms.IMAGE, 2, 1));
        assertTrue(error != null && error.contains("a digit from 0 to 3"), String.valueOf(error));
    }

    @Test
    void aRandomImageHasTheLessonsSizeAndRange() {
        Submission submission = GridForms.randomImage(grid, Optional.empty(), 0, AnswerRole.LEARNER, states,
                new SplittableRandom(7));

        String state = assertInstanceOf(Submission.Accepted.class, submission).answer().stateJson();
        int[][] image = states.read(state, ActivityStates.FeatureMap.class).orElseThrow().image();
        assertEquals(4, image.length);
        for (int[] row : image) {
            assertEquals(4, row.length);
            for (int value : row) {
                assertTrue(value >= 0 && value <= 3, "value " + value);
            }
        }
    }

    @Test
    void aPictureShadesTheLessonsRangeFromBlackToWhite() {
        Heatmap picture = Heatmap.picture("image", Grid.of(new int[][] {{0, 1, 3}}), 0, 3);

        assertEquals(List.of("px-0", "px-3", "px-9"),
                picture.rows().get(0).cells().stream().map(Heatmap.Cell::css).toList());
    }

    @Test
    void mapsShownSideBySideShareOneScale() {
        // A flat test image's 5s beside an edge's 29: on their own scale both would be the darkest shade.
        Heatmap weak = Heatmap.onScale("flat", Grid.of(new int[][] {{5, 5}}), 29);
        Heatmap strong = Heatmap.onScale("edge", Grid.of(new int[][] {{29, -29}}), 29);

        assertEquals(List.of("heat-pos-1", "heat-pos-1"), weak.rows().get(0).cells().stream().map(Heatmap.Cell::css).toList());
        assertEquals(List.of("heat-pos-4", "heat-neg-4"), strong.rows().get(0).cells().stream().map(Heatmap.Cell::css).toList());
        assertEquals("heat-pos-4", Heatmap.of("alone", Grid.of(new int[][] {{5, 5}})).rows().get(0).cells().get(0).css());
    }

    @Test
    void thePageShowsTheLessonsGrid() {
        LtiLaunch launch = new LtiLaunch(new PlatformKey("https://platform.example", "client"), "deployment",
                "LtiResourceLinkRequest", "learner-1", Optional.of("Alex Rivera"), Optional.empty(),
                new Roles(List.of("Learner")), Optional.empty(),
                Optional.of(new LtiLaunch.ResourceLink("link-1", Optional.empty())), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
        SessionModel session = SessionModel.of(new LaunchSession("h".repeat(43), launch, java.time.Instant.MAX), "csrf");

        String page = new String(new LessonPage(new Templates(), states).render(session, lesson,
                LessonProgress.empty(LearnerKey.of(launch, lesson.id())), Optional.empty()), StandardCharsets.UTF_8);

        assertTrue(page.contains("Your 4 × 4 image (digits 0 to 3)"), "legend");
        assertTrue(page.contains("cell-grid image-cols-4"), "image grid of four columns");
        assertTrue(page.contains("cell-grid map-cols-5"), "feature map of five columns");
        assertTrue(page.contains(GridForms.cellField(GridForms.CELL, 4, 4)), "a 5x5 feature map form");
    }
}

package org.convolve.e2e;

import static org.convolve.e2e.LessonAnswers.KERNEL;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The feature maps the page shows agree with ones computed here by plain loops, for random
 * images (typed by the learner or drawn by the server) and for random learner filters on the
 * probe images, which this test builds from their description, not from the tool's code.
 */
class FeatureMapAgreementTest {
    private static final int ROUNDS = 25;
    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.onH2();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String page(SandboxLaunch.Launched session) {
        return session.lesson().body();
    }

    @Test
    void theFeatureMapShownForARandomTypedImageIsTheOneComputedByHand() {
        SandboxLaunch.Launched session = SandboxLaunch.as(app, "sandbox-learner-1");
        Random random = new Random(20240611L);
        for (int round = 0; round < ROUNDS; round++) {
            int[][] image = new int[5][5];
            for (int[] row : image) {
                for (int c = 0; c < 5; c++) {
                    row[c] = random.nextInt(10);
                }
            }
            Integer[][] cells = new Integer[3][3];
            cells[0][0] = 0;
            assertEquals(303, session.post("/activities/design-filter/feature-map",
                    LessonAnswers.featureMapForm(page(session), image, cells)).statusCode());

            assertEquals(LessonAnswers.flat(LessonAnswers.featureMap(image, KERNEL)),
                    LessonAnswers.heatmap(page(session), "The feature map, as the server computes it; ✓ and ✗ mark your values"),
                    "round " + round);
        }
    }

    @Test
    void theFeatureMapShownForAServerDrawnImageIsTheOneComputedByHand() {
        SandboxLaunch.Launched session = SandboxLaunch.as(app, "sandbox-learner-2");
        for (int round = 0; round < ROUNDS; round++) {
            session.post("/activities/design-filter/feature-map", Map.of("intent", "random",
                    "revision", LessonAnswers.revision(page(session), "design-filter", "feature-map")));
            String html = page(session);
            int[][] image = grid(LessonAnswers.heatmap(html, "Your image as a picture"), 5);
            Integer[][] cells = new Integer[3][3];
            cells[1][1] = 1;
            session.post("/activities/design-filter/feature-map", LessonAnswers.featureMapForm(html, image, cells));

            assertEquals(LessonAnswers.flat(LessonAnswers.featureMap(image, KERNEL)),
                    LessonAnswers.heatmap(page(session), "The feature map, as the server computes it; ✓ and ✗ mark your values"),
                    "round " + round);
        }
    }

    @Test
    void theProbeResponsesShownForARandomFilterAreTheOnesComputedByHand() {
        SandboxLaunch.Launched session = SandboxLaunch.as(app, "sandbox-instructor");
        Random random = new Random(99L);
        int[][][] probes = {
                probe((r, c) -> c < 3 ? 1 : 8),
                probe((r, c) -> c < 3 ? 8 : 1),
                probe((r, c) -> r < 3 ? 1 : 8),
                probe((r, c) -> 5)};
        for (int round = 0; round < ROUNDS; round++) {
            int[][] filter = new int[3][3];
            for (int[] row : filter) {
                for (int c = 0; c < 3; c++) {
                    row[c] = random.nextInt(19) - 9;
                }
            }
            assertEquals(303, session.post("/activities/design-filter/filter",
                    LessonAnswers.filterForm(page(session), filter)).statusCode());

            List<List<Integer>> shown = heatmaps(page(session), "What your filter makes of it");
            assertEquals(probes.length, shown.size());
            for (int p = 0; p < probes.length; p++) {
                assertEquals(LessonAnswers.flat(LessonAnswers.featureMap(probes[p], filter)), shown.get(p),
                        "round " + round + ", probe " + p);
            }
        }
    }

    private interface Pixel {
        int at(int row, int col);
    }

    private static int[][] probe(Pixel pixel) {
        int[][] image = new int[6][6];
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 6; c++) {
                image[r][c] = pixel.at(r, c);
            }
        }
        return image;
    }

    private static int[][] grid(List<Integer> values, int cols) {
        int[][] grid = new int[values.size() / cols][cols];
        for (int i = 0; i < values.size(); i++) {
            grid[i / cols][i % cols] = values.get(i);
        }
        return grid;
    }

    private static List<List<Integer>> heatmaps(String html, String caption) {
        List<List<Integer>> maps = new ArrayList<>();
        Matcher m = Pattern.compile("<figcaption>" + Pattern.quote(caption) + "</figcaption>").matcher(html);
        while (m.find()) {
            maps.add(LessonAnswers.heatmap(html.substring(m.start()), caption));
        }
        return maps;
    }
}

package org.convolve.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingPair;
import org.convolve.lesson.loader.LessonLoader;
import org.convolve.testing.Html;

/**
 * What a learner sends for each form of the cnn-basics lesson, read off the page the way a person
 * reads it (definitions by their text), with the convolution worked out by this class's own loops.
 */
final class LessonAnswers {
    static final Lesson LESSON = new LessonLoader().loadCatalog(null).get("cnn-basics");
    static final int[][] KERNEL = {{-1, -1, -1}, {0, 0, 0}, {1, 1, 1}};
    static final int[][] EXAMPLE = {{1, 2, 1, 1, 2}, {2, 1, 2, 1, 1}, {8, 9, 9, 8, 9}, {9, 8, 9, 9, 8}, {2, 1, 1, 2, 1}};
    /** EXAMPLE upside down: its map has its largest and smallest values in other cells. */
    static final int[][] FLIPPED = {EXAMPLE[4], EXAMPLE[3], EXAMPLE[2], EXAMPLE[1], EXAMPLE[0]};

    private static final Pattern REVISION = Pattern.compile(
            "action=\"[^\"]*/activities/([a-z0-9-]+)/([a-z-]+)\"[^>]*>\\s*(?:<input type=\"hidden\" name=\"csrf\" value=\"[^\"]*\">\\s*)?<input type=\"hidden\" name=\"revision\" value=\"([0-9]+)\">");
    private static final Pattern MAP_REVISION = Pattern.compile("<input type=\"hidden\" name=\"map-revision\" value=\"([0-9]+)\">");
    private static final Pattern OPTION = Pattern.compile("<option value=\"(d[0-9]+)\"[^>]*>([^<]+)</option>");

    private LessonAnswers() {
    }

    /** The revision the page's form for this activity part carries. */
    static String revision(String html, String activityId, String part) {
        Matcher m = REVISION.matcher(html);
        while (m.find()) {
            if (m.group(1).equals(activityId) && m.group(2).equals(part)) {
                return m.group(3);
            }
        }
        throw new AssertionError("no " + part + " form for " + activityId + " on the page");
    }

    /** The option value this learner's page gives each definition, by definition pair id. */
    static Map<String, String> definitionValues(String html) {
        MatchingActivity matching = (MatchingActivity) LESSON.activity("match-terms").orElseThrow();
        Map<String, String> byText = new LinkedHashMap<>();
        Matcher m = OPTION.matcher(html);
        while (m.find()) {
            byText.putIfAbsent(Html.unescape(m.group(2)), m.group(1));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (MatchingPair pair : matching.pairs()) {
            values.put(pair.id(), byText.get(pair.definition()));
        }
        return values;
    }

    /**
     * A matching form with the first {@code right} terms (in file order) right and the rest rotated
     * wrong. A single wrong term is left unmatched: one definition may not be chosen twice.
     */
    static Map<String, String> matching(String html, int right) {
        MatchingActivity matching = (MatchingActivity) LESSON.activity("match-terms").orElseThrow();
        Map<String, String> values = definitionValues(html);
        List<MatchingPair> pairs = matching.pairs();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", revision(html, "match-terms", "pairs"));
        int wrong = pairs.size() - right;
        for (int i = 0; i < pairs.size(); i++) {
            MatchingPair pair = pairs.get(i);
            MatchingPair given = i < right ? pair : wrong == 1 ? null : pairs.get(right + (i - right + 1) % wrong);
            form.put("term-" + pair.id(), given == null ? "" : values.get(given.id()));
        }
        return form;
    }

    static Map<String, String> choice(String html, String activityId, String optionId) {
        return Map.of("revision", revision(html, activityId, "choice"), "option", optionId);
    }

    static String correctOption(String activityId) {
        return ((org.convolve.lesson.MultipleChoiceActivity) LESSON.activity(activityId).orElseThrow())
                .correctOption().id();
    }

    static int[][] featureMap(int[][] image, int[][] kernel) {
        int rows = image.length - kernel.length + 1;
        int cols = image[0].length - kernel[0].length + 1;
        int[][] out = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int sum = 0;
                for (int i = 0; i < kernel.length; i++) {
                    for (int j = 0; j < kernel[0].length; j++) {
                        sum += image[r + i][c + j] * kernel[i][j];
                    }
                }
                out[r][c] = sum;
            }
        }
        return out;
    }

    /** The feature-map form: the image, and the hand-worked cells (null leaves a cell blank). */
    static Map<String, String> featureMapForm(String html, int[][] image, Integer[][] cells) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", revision(html, "design-filter", "feature-map"));
        form.put("intent", "check");
        for (int r = 0; r < image.length; r++) {
            for (int c = 0; c < image[r].length; c++) {
                form.put("image-" + r + "-" + c, String.valueOf(image[r][c]));
            }
        }
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                form.put("cell-" + r + "-" + c, cells[r][c] == null ? "" : String.valueOf(cells[r][c]));
            }
        }
        return form;
    }

    static Integer[][] boxed(int[][] values) {
        Integer[][] boxed = new Integer[values.length][];
        for (int r = 0; r < values.length; r++) {
            boxed[r] = new Integer[values[r].length];
            for (int c = 0; c < values[r].length; c++) {
                boxed[r][c] = values[r][c];
            }
        }
        return boxed;
    }

    /** The right reading of a map: where its largest and smallest values are, and the lesson's meanings. */
    static Map<String, String> readingForm(String html, int[][] map) {
        int[] max = {0, 0};
        int[] min = {0, 0};
        for (int r = 0; r < map.length; r++) {
            for (int c = 0; c < map[r].length; c++) {
                if (map[r][c] > map[max[0]][max[1]]) {
                    max = new int[] {r, c};
                }
                if (map[r][c] < map[min[0]][min[1]]) {
                    min = new int[] {r, c};
                }
            }
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", revision(html, "design-filter", "reading"));
        Matcher mapRevision = MAP_REVISION.matcher(html);
        if (!mapRevision.find()) {
            throw new AssertionError("the reading form does not say which map it reads");
        }
        form.put("map-revision", mapRevision.group(1));
        form.put("positive", map[max[0]][max[1]] > 0 ? max[0] + "-" + max[1] : "none");
        form.put("negative", map[min[0]][min[1]] < 0 ? min[0] + "-" + min[1] : "none");
        form.put("positive-meaning", "rises-downward");
        form.put("negative-meaning", "falls-downward");
        return form;
    }

    static Map<String, String> filterForm(String html, int[][] filter) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("revision", revision(html, "design-filter", "filter"));
        for (int r = 0; r < filter.length; r++) {
            for (int c = 0; c < filter[r].length; c++) {
                form.put("filter-" + r + "-" + c, String.valueOf(filter[r][c]));
            }
        }
        return form;
    }

    /** The numbers of the heatmap with this caption, in reading order. */
    static List<Integer> heatmap(String html, String caption) {
        int at = html.indexOf("<figcaption>" + caption + "</figcaption>");
        if (at < 0) {
            throw new AssertionError("no heatmap captioned '" + caption + "' on the page");
        }
        String table = html.substring(at, html.indexOf("</table>", at));
        List<Integer> values = new ArrayList<>();
        // The page prints negative numbers with the minus sign (U+2212), as the lesson does.
        Matcher m = Pattern.compile("<td class=\"(?:heat|px)-[a-z0-9-]+\">(\u2212?[0-9]+)").matcher(table);
        while (m.find()) {
            values.add(Integer.parseInt(m.group(1).replace('\u2212', '-')));
        }
        return values;
    }

    static List<Integer> flat(int[][] grid) {
        List<Integer> values = new ArrayList<>();
        for (int[] row : grid) {
            for (int v : row) {
                values.add(v);
            }
        }
        return values;
    }
}

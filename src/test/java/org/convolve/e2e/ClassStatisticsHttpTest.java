package org.convolve.e2e;

import static org.convolve.e2e.ClassAnswers.ALEX;
import static org.convolve.e2e.ClassAnswers.SAM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The class statistics on the instructor's page, after two learners and an instructor answered over HTTP. */
class ClassStatisticsHttpTest {
    private static final Pattern CELL = Pattern.compile("<td data-activity=\"([a-z0-9-]+)\">(.*?)</td>");
    private static TestApp app;
    private static String page;

    @BeforeAll
    static void answerThenOpenTheClassView() {
        app = TestApp.onH2();
        ClassAnswers.give(app);
        SandboxLaunch.as(app, "load-learner-7");
        SandboxLaunch.Launched instructor = SandboxLaunch.as(app, "sandbox-instructor");
        HttpResponse<String> view = instructor.browser().get(instructor.url("/instructor"));
        assertEquals(200, view.statusCode(), view.body());
        page = view.body();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static String between(String html, String start, String end) {
        int from = html.indexOf(start);
        assertTrue(from >= 0, "'" + start + "' is not on the page:\n" + html);
        return html.substring(from, html.indexOf(end, from) + end.length());
    }

    /** Activity id to the cell's text, for one row of the XP table. */
    private static final Pattern SPOKEN = Pattern.compile("<span class=\"visually-hidden\">([^<]*)</span>");

    private static Map<String, String> cells(String row) {
        Map<String, String> cells = new LinkedHashMap<>();
        Matcher m = CELL.matcher(row);
        while (m.find()) {
            // A dash for the eye, words for a screen reader: the words are what the cell says.
            Matcher hidden = SPOKEN.matcher(m.group(2));
            cells.put(m.group(1), hidden.find() ? hidden.group(1) : m.group(2));
        }
        return cells;
    }

    private static String xpTable() {
        return between(page, "<table class=\"class-xp\">", "</table>");
    }

    @Test
    void showsEachLearnersExactXpPerActivityAndTotal() {
        String alex = between(xpTable(), "<tr data-subject=\"" + ALEX + "\">", "</tr>");
        assertTrue(alex.contains("<th scope=\"row\">Alex Rivera</th>"), alex);
        assertEquals(Map.of("match-terms", "3", "weight-sharing-question", "2", "night-infrared-question", "2",
                "design-filter", "not tried"), cells(alex));
        assertTrue(alex.contains("<td class=\"xp-total\">7</td><td class=\"xp-answered\">3 of 4</td>"), alex);

        String sam = between(xpTable(), "<tr data-subject=\"" + SAM + "\">", "</tr>");
        assertEquals(Map.of("match-terms", "5", "weight-sharing-question", "0", "night-infrared-question", "not tried",
                "design-filter", "not tried"), cells(sam));
        assertTrue(sam.contains("<td class=\"xp-total\">5</td><td class=\"xp-answered\">2 of 4</td>"), sam);
    }

    @Test
    void showsTheClassAverageOfEachActivityOverTheLearnersWhoTriedIt() {
        String average = between(xpTable(), "<tr class=\"class-average\">", "</tr>");
        assertEquals(Map.of("match-terms", "4", "weight-sharing-question", "1", "night-infrared-question", "2",
                "design-filter", "nobody tried it"), cells(average));
        assertTrue(average.contains("<td class=\"xp-total\">6</td>"), average);
    }

    @Test
    void neverCountsTheInstructorsPreviewAnswers() {
        assertFalse(xpTable().contains("sandbox-instructor"), xpTable());
        assertFalse(xpTable().contains("Jordan Lee"), xpTable());
        String pairs = between(page, "<table class=\"missed-pairs\">", "</table>");
        assertFalse(pairs.contains("data-pair=\"filter\""), "only the instructor placed the filter wrong");
        String question = between(page, "data-question=\"weight-sharing-question\"", "</div>");
        assertFalse(question.contains("data-option=\"zero-weights\""), "only the instructor chose zero weights");
        String infrared = between(page, "data-question=\"night-infrared-question\"", "</div>");
        assertTrue(infrared.contains("No learner chose a wrong answer first."), infrared);
    }

    @Test
    void listsTheMissedPairsWithTheirCorrectDefinitionAndShareOfLearners() {
        String pairs = between(page, "<table class=\"missed-pairs\">", "</table>");
        assertTrue(pairs.contains("<tr data-pair=\"max-pooling\"><th scope=\"row\">Max pooling</th><td>Keeping only"
                + " the biggest value from each small window of a feature map</td><td class=\"missed-count\">1 of 2"
                + " (50%)</td></tr>"), pairs);
        assertTrue(pairs.contains("<tr data-pair=\"relu\"><th scope=\"row\">ReLU</th>"), pairs);
        assertEquals(2, pairs.split("<tr data-pair=").length - 1, pairs);
    }

    @Test
    void listsTheWrongOptionLearnersChoseFirstWithItsCountAndTheCorrectAnswer() {
        String question = between(page, "data-question=\"weight-sharing-question\"", "</div>");
        assertTrue(question.contains("<tr data-option=\"local-patches\"><th scope=\"row\">Each output looks at only a 3 × 3 patch,"),
                question);
        assertTrue(question.contains("<td class=\"missed-count\">2 of 2</td>"), question);
        assertTrue(question.contains("Correct answer: One small set of filter weights is reused at every position"),
                question);
        assertTrue(question.contains("Chosen first by 0 of 2."), "Alex found the right answer only on a second try");
    }

    @Test
    void aLearnersSessionIsRefusedTheInstructorPage() {
        SandboxLaunch.Launched learner = SandboxLaunch.as(app, ALEX);

        HttpResponse<String> refused = learner.browser().get(learner.url("/instructor"));

        assertEquals(403, refused.statusCode());
        assertFalse(refused.body().contains("class-xp"), refused.body());
        assertFalse(refused.body().contains(SAM), "nothing of another learner leaks");
    }

    @Test
    void aLearnerWhoOnlyOpenedTheLessonIsInTheRosterButNotTheXpTable() {
        assertFalse(xpTable().contains("load-learner-7"), xpTable());
        assertTrue(between(page, "<table class=\"roster\">", "</table>").contains("load-learner-7"), page);
    }
}

package org.convolve.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LessonTest {
    private static final MultipleChoiceActivity FIRST_IN_FILE = question("asked-last", 2);
    private static final MultipleChoiceActivity SECOND_IN_FILE = question("asked-first", 3);
    private static final Lesson LESSON = new Lesson("demo", "Demo", "Testing", 5, 5,
            List.of(new ReadingSection("intro", "Intro", List.of("Hello.")),
                    new ActivitySection("asked-first"),
                    new ActivitySection("asked-last")),
            List.of(FIRST_IN_FILE, SECOND_IN_FILE));

    @Test
    void activities_in_page_order_follow_the_sections_not_the_activity_list() {
        assertEquals(List.of(SECOND_IN_FILE, FIRST_IN_FILE), LESSON.activitiesInPageOrder());
    }

    @Test
    void finds_an_activity_by_id_and_reports_an_unknown_one_as_absent() {
        assertEquals(SECOND_IN_FILE, LESSON.activity("asked-first").orElseThrow());
        assertTrue(LESSON.activity("nope").isEmpty());
    }

    @Test
    void total_xp_sums_what_each_activity_makes_available() {
        assertEquals(5, LESSON.totalXp());
    }

    @Test
    void an_activity_section_is_anchored_by_its_activity_id() {
        assertEquals("asked-first", LESSON.sections().get(1).id());
    }

    @Test
    void lists_given_to_a_lesson_cannot_change_it_afterwards() {
        List<String> paragraphs = new ArrayList<>(List.of("One."));
        ReadingSection section = new ReadingSection("intro", "Intro", paragraphs);
        paragraphs.add("Two.");
        assertEquals(List.of("One."), section.paragraphs());
        assertThrows(UnsupportedOperationException.class, () -> section.paragraphs().add("Three."));
    }

    @Test
    void a_grid_activity_offers_the_xp_of_its_breakdown() {
        // The file's own xp (3 here) gives way to the breakdown's total.
        var grid = new ConvolutionGridActivity("grid", "Grid", "Do it.", List.of("Step."), 3,
                new GridImageSpec(5, 5, 0, 9, List.of()), List.of(List.of(1)), "one", 1, 0, null, null,
                new GridXpBreakdown(new CellsXp(1, 1, 3), new ReadingXp(1, 1), new VerticalFilterXp(1, 1, 2)));
        assertEquals(11, grid.xpAvailable());
        assertEquals(5, grid.featureMapRows());
    }

    private static MultipleChoiceActivity question(String id, int xp) {
        return new MultipleChoiceActivity(id, "Q", "Pick one.", "Which?", xp, List.of(
                new ChoiceOption("a", "A", true, "Because."), new ChoiceOption("b", "B", false, "No.")));
    }
}

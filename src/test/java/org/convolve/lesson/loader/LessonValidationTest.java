package org.convolve.lesson.loader;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per content rule. Each fixture in lessons-broken/ is lessons-valid/minimal with exactly
 * one mistake, so every test also asserts that the mistake is the only problem reported.
 */
class LessonValidationTest {
    private final LessonLoader broken = new LessonLoader(getClass().getClassLoader(), "lessons-broken");

    @Test
    void the_minimal_fixture_the_broken_ones_derive_from_is_valid() {
        var lesson = new LessonLoader(getClass().getClassLoader(), "lessons-valid").loadBuiltIn("minimal");
        assertEquals(6, lesson.totalXp());
    }

    @Test
    void rejects_an_unknown_activity_type_and_lists_the_known_ones() {
        assertRejected("unknown-activity-type",
                "unknown activity type 'quiz'; it must be one of: matching, multiple-choice, convolution-grid");
    }

    @Test
    void rejects_an_activity_without_a_type() {
        assertRejected("missing-activity-type", "'type' is missing");
    }

    @Test
    void rejects_an_unknown_section_kind_and_lists_the_known_ones() {
        assertRejected("unknown-section-kind",
                "unknown section kind 'video'; it must be one of: reading, callout, activity");
    }

    @Test
    void rejects_a_section_without_a_kind() {
        assertRejected("missing-section-kind", "'kind' is missing");
    }

    @Test
    void rejects_a_section_that_refers_to_a_missing_activity() {
        assertRejected("section-refers-to-missing-activity",
                "sections[4]: refers to activity 'nowhere', but no activity has that id");
    }

    @Test
    void rejects_an_activity_not_placed_in_any_section() {
        assertRejected("activity-not-placed", "activity 'grid': is not placed in any section");
    }

    @Test
    void rejects_an_activity_placed_in_two_sections() {
        assertRejected("activity-placed-twice", "activity 'pairs': is placed in 2 sections");
    }

    @Test
    void rejects_two_sections_with_the_same_id() {
        assertRejected("duplicate-section-id", "duplicate id 'intro'");
    }

    @Test
    void rejects_a_section_id_that_equals_an_activity_id() {
        assertRejected("section-id-same-as-activity-id", "duplicate id 'pairs'");
    }

    @Test
    void rejects_ids_that_would_not_be_plain_in_a_url() {
        assertRejected("id-with-capitals", "id 'Intro' must use only lower-case letters, digits and single hyphens");
    }

    @Test
    void rejects_a_matching_pair_without_a_term() {
        assertRejected("matching-pair-missing-term", "activity 'pairs', pair 'b': term is missing");
    }

    @Test
    void rejects_a_matching_pair_without_a_definition() {
        assertRejected("matching-pair-missing-definition", "activity 'pairs', pair 'b': definition is missing");
    }

    @Test
    void rejects_two_terms_that_differ_only_in_case() {
        assertRejected("matching-duplicate-term", "activity 'pairs': duplicate term 'term a'");
    }

    @Test
    void rejects_two_identical_definitions() {
        assertRejected("matching-duplicate-definition", "activity 'pairs': duplicate definition 'Definition A'");
    }

    @Test
    void rejects_a_matching_activity_with_fewer_than_two_pairs() {
        assertRejected("matching-one-pair", "has only 1 pair(s); a matching activity needs at least 2");
    }

    @Test
    void rejects_a_question_without_a_correct_option() {
        assertRejected("choice-without-correct-option", "activity 'question': has 0 correct options");
    }

    @Test
    void rejects_a_question_with_two_correct_options() {
        assertRejected("choice-with-two-correct-options", "activity 'question': has 2 correct options");
    }

    @Test
    void rejects_an_option_without_an_explanation() {
        assertRejected("choice-option-without-explanation",
                "activity 'question', option 'wrong': explanation is missing");
    }

    @Test
    void rejects_a_kernel_that_is_not_square() {
        assertRejected("grid-kernel-not-square", "activity 'grid': kernel must be square");
    }

    @Test
    void rejects_a_kernel_larger_than_the_image() {
        assertRejected("grid-kernel-larger-than-image",
                "a 4x4 kernel on a 3x3 image with padding 0 does not fit");
    }

    @Test
    void rejects_a_stride_that_leaves_a_partial_step() {
        assertRejected("grid-stride-leaves-partial-step", "stride 2 leaves a partial step; the grid size is impossible");
    }

    @Test
    void rejects_a_grid_whose_feature_map_has_no_second_column() {
        assertRejected("grid-map-one-column", "gives a feature map one column wide; it needs a second column");
    }

    @Test
    void rejects_an_example_image_of_the_wrong_size() {
        assertRejected("grid-example-wrong-size", "activity 'grid', image: example must be 3 rows of 3 numbers");
    }

    @Test
    void rejects_an_example_pixel_outside_the_allowed_range() {
        assertRejected("grid-example-value-out-of-range", "example value 12 is outside 0..9");
    }

    @Test
    void rejects_more_steps_than_the_page_shows() {
        assertRejected("grid-too-many-steps", "activity 'grid': has 7 steps, but the page shows at most 6");
    }

    @Test
    void rejects_a_filter_step_whose_filter_would_not_fit_the_test_images() {
        assertRejected("grid-filter-step-on-a-large-kernel", "vertical-filter asks for a filter of the kernel's size,"
                + " 6 × 6, but its test images are 6 × 6: leave the step out, or use a kernel of at most 5 × 5");
    }

    @Test
    void rejects_a_filter_step_whose_one_weight_could_never_pass() {
        assertRejected("grid-filter-step-on-a-one-by-one-kernel", "vertical-filter asks for a filter of the kernel's"
                + " size, 1 × 1, which cannot find edges");
    }

    @Test
    void rejects_an_image_wider_than_the_page_lays_out() {
        assertRejected("grid-image-too-wide", "activity 'grid', image: has 13 columns; the page lays out at most 12");
    }

    @Test
    void rejects_filter_xp_without_a_filter_step() {
        assertRejected("grid-filter-xp-without-step",
                "xp-breakdown gives vertical-filter XP, but the activity has no vertical-filter step");
    }

    @Test
    void accepts_a_grid_without_the_filter_step() {
        var lesson = new LessonLoader(getClass().getClassLoader(), "lessons-valid").loadBuiltIn("no-filter-step");
        assertEquals(6, lesson.totalXp());
    }

    @Test
    void rejects_a_fractional_kernel_weight() {
        assertRejected("grid-fractional-kernel",
                "activities[2].kernel[0][0] (line 50): expected a whole number but found -0.5");
    }

    @Test
    void rejects_a_grid_xp_breakdown_that_does_not_add_up_to_its_xp() {
        assertRejected("grid-xp-breakdown-not-adding-up",
                "activity 'grid', xp-breakdown: adds up to 4 but the activity's xp is 3");
    }

    @Test
    void rejects_a_feature_map_reading_that_names_an_unknown_meaning() {
        assertRejected("grid-meaning-unknown", "positive-means refers to meaning 'sideways', which is not in meanings");
    }

    @Test
    void rejects_activity_xp_that_does_not_add_up_to_the_lesson_xp() {
        assertRejected("lesson-xp-not-adding-up", "lesson: xp is 7 but the activities' xp adds up to 6");
    }

    @Test
    void rejects_negative_xp() {
        assertRejected("negative-activity-xp", "activity 'question': xp is negative (-1)");
    }

    @Test
    void rejects_a_lesson_without_a_title() {
        assertRejected("missing-lesson-title", "lesson: title is missing");
    }

    @Test
    void rejects_an_activity_without_a_title() {
        assertRejected("missing-activity-title", "activity 'pairs': title is missing");
    }

    @Test
    void rejects_a_lesson_without_xp_rather_than_assuming_zero() {
        assertRejected("missing-lesson-xp", "lesson.yaml: xp is missing");
    }

    @Test
    void rejects_an_unknown_field_so_typos_surface_with_their_line_and_the_field_meant() {
        LessonContentException e = assertThrows(LessonContentException.class, () -> broken.loadBuiltIn("unknown-field"));
        assertEquals(List.of("sections[0].titel (line 10): unknown field 'titel'; did you mean 'title'? (known fields:"
                + " [id, paragraphs, title])", "sections[0] 'intro': title is missing"), e.problems());
    }

    @Test
    void rejects_a_quoted_number_and_says_to_drop_the_quotes() {
        assertRejected("grid-quoted-stride", "activities[2].stride (line 52): expected a whole number but found the text"
                + " \"1\"; write numbers without quotes");
    }

    @Test
    void rejects_a_tab_with_its_line_and_column() {
        assertRejected("tab-indent", "lesson.yaml: line 9, column 1: a tab character; YAML indents with spaces only");
    }

    @Test
    void names_the_likely_misspelling_of_a_missing_required_field() {
        assertRejected("misspelt-required-key", "minutes is missing (is 'minuts' on line 5 a misspelling of it?)");
    }

    @Test
    void rejects_a_single_paragraph_where_a_list_belongs() {
        assertRejected("paragraphs-not-a-list", "sections[0].paragraphs (line 11): expected a list but found string");
    }

    @Test
    void rejects_an_empty_file() {
        assertRejected("empty-file", "lesson.yaml: the file is empty");
    }

    @Test
    void rejects_a_key_given_twice() {
        assertRejected("duplicate-key", "Duplicate field 'subject'");
    }

    @Test
    void rejects_a_lesson_whose_id_differs_from_its_folder_name() {
        assertRejected("folder-name-mismatch",
                "lesson: id 'some-other-lesson' must match its folder name 'folder-name-mismatch'");
    }

    private void assertRejected(String folder, String expectedProblem) {
        LessonContentException e = assertThrows(LessonContentException.class, () -> broken.loadBuiltIn(folder));
        String file = "lessons-broken/" + folder + "/lesson.yaml";
        assertAll(
                () -> assertEquals(file, e.source()),
                () -> assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage()),
                () -> assertTrue(e.getMessage().contains(expectedProblem), e.getMessage()),
                () -> assertEquals(1, e.problems().size(), () -> "expected only one problem: " + e.problems()));
    }
}

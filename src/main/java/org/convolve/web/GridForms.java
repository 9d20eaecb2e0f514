package org.convolve.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.convolve.conv.Grid;
import org.convolve.grading.CellError;
import org.convolve.grading.CellPick;
import org.convolve.grading.FeatureMapForm;
import org.convolve.grading.GridForm;
import org.convolve.grading.GridParseResult;
import org.convolve.grading.Xp;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.Meaning;
import org.convolve.progress.Answer;
import org.convolve.progress.AnswerRole;
import org.convolve.progress.Part;

/** Reads the three forms of a convolution-grid activity: feature map, reading, filter. */
final class GridForms {
    static final String IMAGE = "image";
    static final String CELL = "cell";
    static final String FILTER = "filter";
    static final String POSITIVE = "positive";
    static final String NEGATIVE = "negative";
    static final String POSITIVE_MEANING = "positive-meaning";
    static final String NEGATIVE_MEANING = "negative-meaning";
    static final String NONE = "none";

    private GridForms() {
    }

    /** A fresh random image; the cells typed so far are kept, unchecked, for the learner to redo. */
    static Submission randomImage(ConvolutionGridActivity activity, Optional<ActivityStates.FeatureMap> current,
                                  int revision, AnswerRole role, ActivityStates states, RandomGenerator random) {
        GridForm form = ActivityGraders.imageForm(activity);
        int[][] image = new int[form.rows()][form.cols()];
        for (int[] row : image) {
            for (int c = 0; c < row.length; c++) {
                row[c] = random.nextInt(form.min(), form.max() + 1);
            }
        }
        List<List<String>> cells = current.map(ActivityStates.FeatureMap::cells)
                .orElseGet(() -> FormFields.fitted(List.of(), activity.featureMapRows(), activity.featureMapColumns()));
        String state = states.write(new ActivityStates.FeatureMap(image, cells, false));
        return new Submission.Accepted(Answer.ungraded(activity.id(), Part.FEATURE_MAP, revision, role, state));
    }

    static Submission featureMap(Map<String, List<String>> form, ConvolutionGridActivity activity, int revision,
                                 AnswerRole role, ActivityStates states) {
        List<List<String>> imageTyped = FormFields.grid(form, IMAGE);
        List<List<String>> cellsTyped = FormFields.grid(form, CELL);
        Map<String, String> typed = new LinkedHashMap<>();
        echo(typed, IMAGE, imageTyped);
        echo(typed, CELL, cellsTyped);
        Map<String, String> fieldErrors = new LinkedHashMap<>();
        List<String> formErrors = new ArrayList<>();

        GridParseResult image = ActivityGraders.imageForm(activity).parse(imageTyped);
        image.shapeError().ifPresent(message -> formErrors.add(Sentences.of(message)));
        cellErrors(fieldErrors, IMAGE, image.cellErrors());
        FeatureMapForm.Parsed cells = FeatureMapForm.parse(cellsTyped, activity.featureMapRows(),
                activity.featureMapColumns());
        cells.shapeError().ifPresent(message -> formErrors.add(Sentences.of(message)));
        cellErrors(fieldErrors, CELL, cells.cellErrors());
        if (cells.shapeError().isEmpty() && cellsTyped.stream().flatMap(List::stream)
                .allMatch(value -> value == null || value.isBlank())) {
            formErrors.add("Work out at least the top-left cell of the feature map, then check.");
        }
        if (!fieldErrors.isEmpty() || !formErrors.isEmpty()) {
            return new Submission.Rejected(new FormEcho(activity.id(), Part.FEATURE_MAP, typed, fieldErrors, formErrors));
        }
        Grid imageGrid = image.grid().orElseThrow();
        Xp xp = ActivityGraders.featureMap(activity).grade(imageGrid, cells.map().orElseThrow()).xp();
        String state = states.write(new ActivityStates.FeatureMap(ints(imageGrid),
                FormFields.fitted(cellsTyped, activity.featureMapRows(), activity.featureMapColumns()), true));
        return new Submission.Accepted(Answer.graded(activity.id(), Part.FEATURE_MAP, revision, role, state, state, xp));
    }

    static Submission reading(Map<String, List<String>> form, ConvolutionGridActivity activity,
                              Optional<ActivityStates.FeatureMap> map, int revision, AnswerRole role,
                              ActivityStates states) {
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of(POSITIVE, NEGATIVE, POSITIVE_MEANING, NEGATIVE_MEANING)) {
            String value = FormFields.cut(FormFields.first(form, field));
            typed.put(field, value == null ? "" : value);
        }
        if (map.isEmpty() || !map.get().checked()) {
            return new Submission.Rejected(new FormEcho(activity.id(), Part.READING, typed, Map.of(), List.of(
                    "Check your feature map first (steps 3 and 4): this step reads its numbers.")));
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Optional<CellPick> positive = pick(typed.get(POSITIVE), activity);
        Optional<CellPick> negative = pick(typed.get(NEGATIVE), activity);
        if (positive.isEmpty()) {
            errors.put(POSITIVE, "Choose the cell with the largest positive value, or None.");
        }
        if (negative.isEmpty()) {
            errors.put(NEGATIVE, "Choose the cell with the most negative value, or None.");
        }
        List<String> meaningIds = activity.reading().meanings().stream().map(Meaning::id).toList();
        if (!meaningIds.contains(typed.get(POSITIVE_MEANING))) {
            errors.put(POSITIVE_MEANING, "Choose what a large positive value tells you.");
        }
        if (!meaningIds.contains(typed.get(NEGATIVE_MEANING))) {
            errors.put(NEGATIVE_MEANING, "Choose what a large negative value tells you.");
        }
        if (!errors.isEmpty()) {
            return new Submission.Rejected(new FormEcho(activity.id(), Part.READING, typed, errors, List.of()));
        }
        int[][] image = map.get().image();
        Xp xp = ActivityGraders.reading(activity).grade(Grid.of(image), new org.convolve.grading.FeatureMapReading(
                positive.get(), negative.get(), Optional.of(typed.get(POSITIVE_MEANING)),
                Optional.of(typed.get(NEGATIVE_MEANING)))).xp();
        String state = states.write(new ActivityStates.Reading(image, typed.get(POSITIVE), typed.get(NEGATIVE),
                typed.get(POSITIVE_MEANING), typed.get(NEGATIVE_MEANING)));
        return new Submission.Accepted(Answer.graded(activity.id(), Part.READING, revision, role, state, state, xp));
    }

    static Submission filter(Map<String, List<String>> form, ConvolutionGridActivity activity, int revision,
                             AnswerRole role, ActivityStates states) {
        List<List<String>> filterTyped = FormFields.grid(form, FILTER);
        Map<String, String> typed = new LinkedHashMap<>();
        echo(typed, FILTER, filterTyped);
        GridParseResult filter = GridForm.filter(activity.kernelSize()).parse(filterTyped);
        if (!filter.isValid()) {
            Map<String, String> errors = new LinkedHashMap<>();
            cellErrors(errors, FILTER, filter.cellErrors());
            return new Submission.Rejected(new FormEcho(activity.id(), Part.FILTER, typed, errors,
                    filter.shapeError().map(Sentences::of).stream().toList()));
        }
        Grid grid = filter.grid().orElseThrow();
        Xp xp = ActivityGraders.filter(activity).grade(grid).xp();
        String state = states.write(new ActivityStates.Filter(ints(grid)));
        return new Submission.Accepted(Answer.graded(activity.id(), Part.FILTER, revision, role, state, state, xp));
    }

    /** "r-c" (from zero) inside the feature map, or "none"; anything else is not a pick. */
    static Optional<CellPick> pick(String value, ConvolutionGridActivity activity) {
        if (NONE.equals(value)) {
            return Optional.of(CellPick.none());
        }
        if (value == null || !value.matches("[0-9]-[0-9]")) {
            return Optional.empty();
        }
        int row = value.charAt(0) - '0';
        int col = value.charAt(2) - '0';
        if (row >= activity.featureMapRows() || col >= activity.featureMapColumns()) {
            return Optional.empty();
        }
        return Optional.of(CellPick.at(row, col));
    }

    static String cellField(String prefix, int row, int col) {
        return prefix + "-" + row + "-" + col;
    }

    static int[][] ints(Grid grid) {
        int[][] values = new int[grid.rows()][grid.cols()];
        for (int r = 0; r < grid.rows(); r++) {
            for (int c = 0; c < grid.cols(); c++) {
                values[r][c] = (int) grid.get(r, c);
            }
        }
        return values;
    }

    private static void echo(Map<String, String> typed, String prefix, List<List<String>> grid) {
        for (int r = 0; r < grid.size(); r++) {
            for (int c = 0; c < grid.get(r).size(); c++) {
                String value = grid.get(r).get(c);
                typed.put(cellField(prefix, r, c), value == null ? "" : value);
            }
        }
    }

    private static void cellErrors(Map<String, String> errors, String prefix, List<CellError> cellErrors) {
        for (CellError error : cellErrors) {
            errors.put(cellField(prefix, error.row(), error.col()), Sentences.of(error.message()));
        }
    }
}

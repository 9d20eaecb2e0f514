package org.convolve.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.convolve.conv.CellPosition;
import org.convolve.conv.CellProduct;
import org.convolve.conv.CrossCorrelation;
import org.convolve.conv.Grid;
import org.convolve.conv.Numbers;
import org.convolve.conv.ProbeResponse;
import org.convolve.grading.CellOutcome;
import org.convolve.grading.CellPick;
import org.convolve.grading.ConvolutionGridResult;
import org.convolve.grading.CriterionOutcome;
import org.convolve.grading.FeatureMapForm;
import org.convolve.grading.FeatureMapReadingResult;
import org.convolve.grading.GridForm;
import org.convolve.grading.MeaningOutcome;
import org.convolve.grading.PickOutcome;
import org.convolve.grading.Verdict;
import org.convolve.grading.VerticalFilterResult;
import org.convolve.lesson.CellsXp;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.Meaning;
import org.convolve.progress.Part;
import org.convolve.progress.PartProgress;

/** The convolution-grid activity: three forms (feature map, reading, filter), each with its results. */
record GridView(String id, MapStep map, ReadingStep reading, FilterStep filter) {

    /** For cells no check marks: an image, a filter, a form sent back for fixing. */
    private static final Function<String, Optional<String>> NOT_MARKED = name -> Optional.empty();

    record InputRow(List<Input> cells) {
    }

    /** One cell to type in; {@code wrongId} names the worked example of a cell the last check found wrong. */
    record Input(String name, String fieldId, String label, String value, String error, String errorId,
                 String wrongId) {
    }

    record Message(String id, String text) {
    }

    record Line(String css, String verdict, String text) {
    }

    record MapStep(String blockId, String action, int revision, List<String> imageSteps, List<String> cellSteps,
                   String imageLegend, String randomLabel, int imageColumns, List<InputRow> image, Heatmap picture,
                   String kernelName, Heatmap kernel, int mapColumns, List<InputRow> cells, String formErrorId,
                   String formError, List<Message> errors, MapResult result) {
    }

    record MapResult(String summary, boolean stale, Heatmap featureMap, List<Working> working) {
        /** The worked example of the cell with this field name, if the check found it wrong. */
        Optional<String> workingOf(String fieldName) {
            return working.stream().filter(w -> w.field().equals(fieldName)).map(Working::id).findFirst();
        }
    }

    record Working(String id, String field, String title, String productCount, List<ProductRow> products, String sum) {
    }

    record ProductRow(List<String> cells) {
    }

    record ReadingStep(String blockId, String step, boolean ready, String action, int revision, int mapRevision,
                       String locatePrompt,
                       String meaningPrompt, PickGroup positive, PickGroup negative, Choice positiveMeaning,
                       Choice negativeMeaning, String formErrorId, String formError, Result result) {
    }

    record PickGroup(String name, String legend, String legendId, int columns, List<PickRow> rows, PickOption none,
                     String error, String errorId) {
    }

    record PickRow(List<PickOption> options) {
    }

    record PickOption(String fieldId, String value, String where, String label, boolean checked) {
    }

    record Choice(String name, String fieldId, String label, List<ChoiceOption> options, String error, String errorId) {
    }

    record ChoiceOption(String value, String text, boolean selected) {
    }

    record Result(String summary, List<Line> lines) {
    }

    record FilterStep(String blockId, String action, int revision, String step, String prompt, String hint,
                      int size, List<InputRow> filter, String formErrorId, String formError, List<Message> errors,
                      FilterResult result) {
    }

    record FilterResult(String summary, List<Line> criteria, List<ProbeView> probes) {
    }

    record ProbeView(String title, Heatmap image, Heatmap response) {
    }

    static GridView of(String base, ConvolutionGridActivity activity, PartProgress mapPart, PartProgress readingPart,
                       PartProgress filterPart, ActivityStates states, Optional<FormEcho> echo) {
        String action = base + "/activities/" + activity.id() + "/";
        Optional<ActivityStates.FeatureMap> map = states.read(mapPart.stateJson(), ActivityStates.FeatureMap.class);
        return new GridView(activity.id(),
                mapStep(action, activity, mapPart, map, echo.filter(e -> e.part() == Part.FEATURE_MAP)),
                readingStep(action, activity, readingPart, mapPart.revision(), map, states,
                        echo.filter(e -> e.part() == Part.READING)),
                filterStep(action, activity, filterPart, states, echo.filter(e -> e.part() == Part.FILTER)));
    }

    // Step 1-4: the image, the filter, the hand-worked feature map.

    private static MapStep mapStep(String action, ConvolutionGridActivity activity, PartProgress part,
                                   Optional<ActivityStates.FeatureMap> saved, Optional<FormEcho> echo) {
        String id = activity.id();
        List<String> steps = activity.steps();
        List<Message> errors = new ArrayList<>();
        List<InputRow> image = inputs(id, GridForms.IMAGE, activity.image().rows(), activity.image().columns(),
                "Image", echo, (r, c) -> saved.map(s -> String.valueOf(s.image()[r][c])).orElse(""), errors);
        MapResult result = saved.map(s -> mapResult(activity, s, part)).orElse(null);
        // Marked in the form too, so the learner sees which cells to rework; not over a form sent back for fixing.
        Function<String, Optional<String>> wrong = echo.isEmpty() && result != null ? result::workingOf : NOT_MARKED;
        List<InputRow> cells = inputs(id, GridForms.CELL, activity.featureMapRows(), activity.featureMapColumns(),
                "Feature map", echo, (r, c) -> saved.map(s -> s.cells().get(r).get(c)).orElse(""), errors, wrong);
        GridForm form = ActivityGraders.imageForm(activity);
        Heatmap picture = saved.map(s -> Heatmap.picture("Your image as a picture", s.imageGrid(), form.min(),
                form.max())).orElse(null);
        Heatmap kernel = Heatmap.of("The filter's weights", ActivityGraders.kernel(activity));
        String values = form.holdsDigits() ? "digits" : "whole numbers";
        String legend = "Your " + form.rows() + " × " + form.cols() + " image (" + values + " " + form.min() + " to "
                + form.max() + ")";
        return new MapStep(id + "-map", action + Part.FEATURE_MAP.slug(), part.revision(), slice(steps, 0, 2),
                slice(steps, 2, 4), legend, "Fill my image with random " + (form.holdsDigits() ? "digits" : "numbers"),
                form.cols(), image, picture, activity.kernelName(), kernel, activity.featureMapColumns(), cells,
                id + "-map-error",
                echo.map(FormEcho::formError).orElse(null), errors, result);
    }

    private static MapResult mapResult(ConvolutionGridActivity activity, ActivityStates.FeatureMap saved,
                                       PartProgress part) {
        if (!saved.checked()) {
            // A new image before any check has nothing to report: no empty "Your feature map" box.
            return part.answered() ? new MapResult("Your image changed, so your cells have not been checked against"
                    + " it yet. Your best " + XpText.number(part.bestXp()) + " XP still counts.", true, null, List.of())
                    : null;
        }
        FeatureMapForm.Parsed parsed = FeatureMapForm.parse(saved.cells(), activity.featureMapRows(),
                activity.featureMapColumns());
        if (!parsed.isValid()) {
            return null;
        }
        Grid image = saved.imageGrid();
        ConvolutionGridResult result = ActivityGraders.featureMap(activity).grade(image, parsed.map().orElseThrow());
        Boolean[][] marks = new Boolean[result.featureMap().rows()][result.featureMap().cols()];
        List<Working> working = new ArrayList<>();
        long right = 0;
        long empty = 0;
        for (CellOutcome cell : result.cells()) {
            CellPosition at = cell.cell();
            marks[at.row()][at.col()] = cell.verdict() == Verdict.UNANSWERED ? null : cell.verdict() == Verdict.CORRECT;
            if (cell.verdict() == Verdict.CORRECT) {
                right++;
            } else if (cell.verdict() == Verdict.UNANSWERED) {
                empty++;
            }
            String field = GridForms.cellField(GridForms.CELL, at.row(), at.col());
            cell.workingWhenWrong().ifPresent(worked -> working.add(new Working(
                    activity.id() + "-working-" + at.row() + "-" + at.col(), field,
                    "Row " + (at.row() + 1) + ", column " + (at.col() + 1) + ": you wrote "
                            + PrintedNumbers.of(cell.entered().orElseThrow()) + ", the sum is "
                            + PrintedNumbers.of(cell.expected()),
                    CountWords.of(activity.kernelSize() * activity.kernelSize()),
                    products(worked.products()), sum(worked.products(), worked.total()))));
        }
        String summary = right + " of " + result.cells().size() + " cells right"
                + (empty == 0 ? "" : " (" + empty + " left empty)") + ": "
                + XpText.of(result.xp().earned(), result.xp().available())
                + (part.bestXp() > result.xp().earned() ? " (your best, " + XpText.number(part.bestXp())
                + " XP, counts)" : "") + "." + cellsXpRule(activity.xpBreakdown().cells());
        return new MapResult(summary, false, Heatmap.marked(
                "The feature map, as the server computes it; ✓ and ✗ mark your values", result.featureMap(), marks),
                working);
    }

    /** Why seven right cells can earn little: most of the step's XP is for the whole map. */
    private static String cellsXpRule(CellsXp xp) {
        if (xp == null) {
            return "";
        }
        // A lesson may give some of these nothing; "0 XP" would only puzzle.
        List<String> parts = new ArrayList<>();
        if (xp.topLeft() > 0) {
            parts.add(xp.topLeft() + " XP for the top-left cell");
        }
        if (xp.nextRight() > 0) {
            parts.add(xp.nextRight() + " XP for the one to its right");
        }
        if (xp.fullMap() > 0) {
            parts.add(xp.fullMap() + " XP" + (parts.isEmpty() ? "" : " more") + " for a complete, correct map");
        }
        return parts.isEmpty() ? "" : " " + Sentences.of(String.join(", ", parts));
    }

    private static List<ProductRow> products(List<CellProduct> products) {
        List<ProductRow> rows = new ArrayList<>();
        int size = (int) Math.round(Math.sqrt(products.size()));
        for (int r = 0; r < size; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < size; c++) {
                CellProduct p = products.get(r * size + c);
                row.add(PrintedNumbers.of(p.imageValue()) + " × " + PrintedNumbers.of(p.weight()) + " = "
                        + PrintedNumbers.of(p.value()));
            }
            rows.add(new ProductRow(row));
        }
        return rows;
    }

    private static String sum(List<CellProduct> products, double total) {
        StringBuilder text = new StringBuilder();
        for (CellProduct p : products) {
            boolean negative = p.value() < 0;
            String size = Numbers.format(Math.abs(p.value()));
            text.append(text.length() == 0 ? PrintedNumbers.of(p.value())
                    : (negative ? " " + PrintedNumbers.MINUS + " " : " + ") + size);
        }
        return text.append(" = ").append(PrintedNumbers.of(total)).toString();
    }

    // Step 5: reading the feature map.

    private static ReadingStep readingStep(String action, ConvolutionGridActivity activity, PartProgress part,
                                           int mapRevision, Optional<ActivityStates.FeatureMap> map,
                                           ActivityStates states, Optional<FormEcho> echo) {
        String id = activity.id();
        Optional<ActivityStates.Reading> saved = states.read(part.stateJson(), ActivityStates.Reading.class);
        boolean ready = map.isPresent() && map.get().checked();
        Grid featureMap = ready ? CrossCorrelation.apply(map.get().imageGrid(), ActivityGraders.kernel(activity),
                ActivityGraders.settings(activity)) : null;
        // A reading of an earlier image names cells and values the current map does not have.
        boolean aboutThisImage = ready && saved.isPresent() && Arrays.deepEquals(saved.get().image(), map.get().image());
        Optional<ActivityStates.Reading> picks = aboutThisImage ? saved : Optional.empty();
        String positiveValue = value(echo, picks, GridForms.POSITIVE);
        String negativeValue = value(echo, picks, GridForms.NEGATIVE);
        PickGroup positive = ready ? pickGroup(id, GridForms.POSITIVE, "The largest positive value", featureMap,
                positiveValue, echo) : null;
        PickGroup negative = ready ? pickGroup(id, GridForms.NEGATIVE, "The most negative value", featureMap,
                negativeValue, echo) : null;
        Choice positiveMeaning = meaningChoice(id, GridForms.POSITIVE_MEANING, "A large positive value means",
                activity, value(echo, saved, GridForms.POSITIVE_MEANING), echo);
        Choice negativeMeaning = meaningChoice(id, GridForms.NEGATIVE_MEANING, "A large negative value means",
                activity, value(echo, saved, GridForms.NEGATIVE_MEANING), echo);
        return new ReadingStep(id + "-reading", slice(activity.steps(), 4, 5).stream().findFirst().orElse(null),
                ready, action + Part.READING.slug(), part.revision(), mapRevision, activity.reading().locatePrompt(),
                activity.reading().meaningPrompt(), positive, negative, positiveMeaning, negativeMeaning,
                id + "-reading-error", echo.map(FormEcho::formError).orElse(null),
                saved.map(s -> aboutThisImage ? readingResult(activity, s, part) : earlierImage(part)).orElse(null));
    }

    private static Result earlierImage(PartProgress part) {
        return new Result("Your image changed, so your reading was about the earlier one. Your best "
                + XpText.number(part.bestXp()) + " XP still counts.", List.of());
    }

    private static String value(Optional<FormEcho> echo, Optional<ActivityStates.Reading> saved, String field) {
        return echo.map(e -> e.value(field)).orElseGet(() -> saved.map(s -> switch (field) {
            case GridForms.POSITIVE -> s.positive();
            case GridForms.NEGATIVE -> s.negative();
            case GridForms.POSITIVE_MEANING -> s.positiveMeaning();
            default -> s.negativeMeaning();
        }).orElse(""));
    }

    private static PickGroup pickGroup(String id, String name, String legend, Grid featureMap, String chosen,
                                       Optional<FormEcho> echo) {
        List<PickRow> rows = new ArrayList<>();
        for (int r = 0; r < featureMap.rows(); r++) {
            List<PickOption> options = new ArrayList<>();
            for (int c = 0; c < featureMap.cols(); c++) {
                String value = r + "-" + c;
                options.add(new PickOption(id + "-" + name + "-" + value, value,
                        "Row " + (r + 1) + ", column " + (c + 1) + ": ", PrintedNumbers.of(featureMap.get(r, c)),
                        value.equals(chosen)));
            }
            rows.add(new PickRow(options));
        }
        PickOption none = new PickOption(id + "-" + name + "-none", GridForms.NONE, "",
                "None: the map has no such value", GridForms.NONE.equals(chosen));
        return new PickGroup(name, legend, id + "-" + name + "-legend", featureMap.cols(), rows, none,
                echo.map(e -> e.error(name)).orElse(null), id + "-" + name + "-error");
    }

    private static Choice meaningChoice(String id, String name, String label, ConvolutionGridActivity activity,
                                        String chosen, Optional<FormEcho> echo) {
        List<ChoiceOption> options = new ArrayList<>();
        for (Meaning meaning : activity.reading().meanings()) {
            options.add(new ChoiceOption(meaning.id(), meaning.text(), meaning.id().equals(chosen)));
        }
        return new Choice(name, id + "-" + name, label, options, echo.map(e -> e.error(name)).orElse(null),
                id + "-" + name + "-error");
    }

    private static Result readingResult(ConvolutionGridActivity activity, ActivityStates.Reading saved,
                                        PartProgress part) {
        Optional<CellPick> positive = GridForms.pick(saved.positive(), activity);
        Optional<CellPick> negative = GridForms.pick(saved.negative(), activity);
        if (positive.isEmpty() || negative.isEmpty()) {
            return null;
        }
        FeatureMapReadingResult result = ActivityGraders.reading(activity).grade(Grid.of(saved.image()),
                new org.convolve.grading.FeatureMapReading(positive.get(), negative.get(),
                        Optional.ofNullable(saved.positiveMeaning()), Optional.ofNullable(saved.negativeMeaning())));
        List<Line> lines = List.of(
                pickLine("Largest positive value", result.largestPositive()),
                pickLine("Most negative value", result.mostNegative()),
                meaningLine("A large positive value", activity, result.positiveMeaning(), true),
                // The hint once: both meanings wrong would say it twice, word for word.
                meaningLine("A large negative value", activity, result.negativeMeaning(),
                        result.positiveMeaning().verdict() == Verdict.CORRECT));
        String summary = XpText.of(result.xp().earned(), result.xp().available())
                + (part.bestXp() > result.xp().earned() ? " this time; your best, " + XpText.number(part.bestXp())
                + " XP, counts." : ".");
        return new Result(summary, lines);
    }

    private static Line pickLine(String what, PickOutcome outcome) {
        boolean right = outcome.verdict() == Verdict.CORRECT;
        return new Line(right ? "right" : "wrong", what + ": " + (right ? "right." : "not this one."),
                Sentences.of(outcome.explanation()));
    }

    private static Line meaningLine(String what, ConvolutionGridActivity activity, MeaningOutcome outcome,
                                    boolean hintIfWrong) {
        boolean right = outcome.verdict() == Verdict.CORRECT;
        String chosen = outcome.chosenMeaningId().flatMap(activity.reading()::meaning).map(Meaning::text)
                .orElse("no meaning chosen");
        return new Line(right ? "right" : "wrong", what + ": " + (right ? "right." : "not quite."),
                "You chose: " + chosen + (right || !hintIfWrong ? "." : ". Think about which weights of the filter"
                        + " are negative and which are positive."));
    }

    // Step 6: a vertical-edge filter of the learner's own.

    private static FilterStep filterStep(String action, ConvolutionGridActivity activity, PartProgress part,
                                         ActivityStates states, Optional<FormEcho> echo) {
        if (!activity.hasFilterStep()) {
            return null;
        }
        String id = activity.id();
        int size = activity.kernelSize();
        // A filter saved before the lesson's kernel changed size cannot fill the new form.
        Optional<ActivityStates.Filter> saved = states.read(part.stateJson(), ActivityStates.Filter.class)
                .filter(s -> s.filter().length == size);
        List<Message> errors = new ArrayList<>();
        List<InputRow> filter = inputs(id, GridForms.FILTER, size, size, "Your filter", echo,
                (r, c) -> saved.map(s -> String.valueOf(s.filter()[r][c])).orElse(""), errors);
        return new FilterStep(id + "-filter", action + Part.FILTER.slug(), part.revision(),
                slice(activity.steps(), 5, 6).stream().findFirst().orElse(null),
                activity.verticalFilter().prompt(), activity.verticalFilter().hint(), size,
                filter, id + "-filter-error", echo.map(FormEcho::formError).orElse(null), errors,
                saved.map(s -> filterResult(activity, s, part)).orElse(null));
    }

    private static FilterResult filterResult(ConvolutionGridActivity activity, ActivityStates.Filter saved,
                                             PartProgress part) {
        VerticalFilterResult result = ActivityGraders.filter(activity).grade(Grid.of(saved.filter()));
        List<Line> criteria = new ArrayList<>();
        for (CriterionOutcome criterion : result.criteria()) {
            String title = switch (criterion.criterion()) {
                // The criterion asks for an answer to a vertical edge too: a filter that answers nothing also gives 0.
                case FLAT_AREAS_GIVE_ZERO -> "Flat areas give 0, vertical edges do not";
                case HORIZONTAL_EDGES_GIVE_NEAR_ZERO -> "Horizontal edges give almost nothing";
                case VERTICAL_EDGES_RESPOND_STRONGLY -> "Vertical edges respond strongly";
            };
            criteria.add(new Line(criterion.passed() ? "right" : "wrong",
                    title + ": " + (criterion.passed() ? "yes" : "not yet") + (criterion.xp().available() > 0
                            ? " (" + XpText.of(criterion.xp().earned(), criterion.xp().available()) + ")." : "."),
                    Sentences.of(criterion.explanation())));
        }
        List<ProbeView> probes = new ArrayList<>();
        double scale = result.probeMaps().stream().mapToDouble(response -> response.featureMap().maxAbs()).max()
                .orElse(0);
        for (ProbeResponse response : result.probeMaps()) {
            String description = Sentences.of(response.probe().description());
            probes.add(new ProbeView(description, Heatmap.picture("Test image", response.probe().image(), 0, 9),
                    Heatmap.onScale("What your filter makes of it", response.featureMap(), scale)));
        }
        String summary = (result.passedAll() ? "Your filter finds vertical edges: " : "Your filter so far: ")
                + XpText.of(result.xp().earned(), result.xp().available())
                + (part.bestXp() > result.xp().earned() ? " (your best, " + XpText.number(part.bestXp())
                + " XP, counts)" : "") + ".";
        return new FilterResult(summary, criteria, probes);
    }

    // Shared helpers.

    @FunctionalInterface
    private interface SavedValue {
        String at(int row, int col);
    }

    private static List<InputRow> inputs(String id, String prefix, int rows, int cols, String what,
                                         Optional<FormEcho> echo, SavedValue saved, List<Message> errors) {
        return inputs(id, prefix, rows, cols, what, echo, saved, errors, NOT_MARKED);
    }

    private static List<InputRow> inputs(String id, String prefix, int rows, int cols, String what,
                                         Optional<FormEcho> echo, SavedValue saved, List<Message> errors,
                                         Function<String, Optional<String>> wrong) {
        List<InputRow> grid = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            List<Input> row = new ArrayList<>(cols);
            for (int c = 0; c < cols; c++) {
                String name = GridForms.cellField(prefix, r, c);
                int row0 = r;
                int col0 = c;
                String value = echo.map(e -> e.value(name)).orElseGet(() -> saved.at(row0, col0));
                String error = echo.map(e -> e.error(name)).orElse(null);
                String fieldId = id + "-" + name;
                if (error != null) {
                    errors.add(new Message(fieldId + "-error", error));
                }
                row.add(new Input(name, fieldId, what + ", row " + (r + 1) + ", column " + (c + 1), value, error,
                        fieldId + "-error", error == null ? wrong.apply(name).orElse(null) : null));
            }
            grid.add(new InputRow(row));
        }
        return grid;
    }

    private static List<String> slice(List<String> steps, int from, int to) {
        return steps.subList(Math.min(from, steps.size()), Math.min(to, steps.size()));
    }
}

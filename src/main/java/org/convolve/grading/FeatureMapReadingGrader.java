package org.convolve.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.convolve.conv.CellPosition;
import org.convolve.conv.ConvolutionSettings;
import org.convolve.conv.CrossCorrelation;
import org.convolve.conv.Grid;
import org.convolve.conv.Numbers;

/**
 * Grades where a learner says the strongest positive and negative responses of their feature
 * map are, and what each means. Locating earns {@code locateXp} split over the two picks, naming
 * earns {@code meaningXp} split over the two meanings, so one right half still counts.
 */
public final class FeatureMapReadingGrader {

    private final Grid kernel;
    private final ConvolutionSettings settings;
    private final FeatureMapReadingKey key;

    public FeatureMapReadingGrader(Grid kernel, FeatureMapReadingKey key) {
        this(kernel, ConvolutionSettings.standard(), key);
    }

    /** With the lesson's stride and padding, as the feature map being read was computed. */
    public FeatureMapReadingGrader(Grid kernel, ConvolutionSettings settings, FeatureMapReadingKey key) {
        this.kernel = kernel;
        this.settings = settings;
        this.key = key;
    }

    public FeatureMapReadingResult grade(Grid image, FeatureMapReading reading) {
        Grid featureMap = CrossCorrelation.apply(image, kernel, settings);
        PickOutcome positive = judgePick(reading.largestPositive(), featureMap, Extreme.LARGEST_POSITIVE);
        PickOutcome negative = judgePick(reading.mostNegative(), featureMap, Extreme.MOST_NEGATIVE);
        MeaningOutcome positiveMeaning = judgeMeaning(reading.positiveMeaningId(), key.positiveMeaningId());
        MeaningOutcome negativeMeaning = judgeMeaning(reading.negativeMeaningId(), key.negativeMeaningId());
        int located = countCorrect(positive.verdict(), negative.verdict());
        int named = countCorrect(positiveMeaning.verdict(), negativeMeaning.verdict());
        Xp locating = Xp.proportional(key.locateXp(), located, 2);
        Xp naming = Xp.proportional(key.meaningXp(), named, 2);
        Xp xp = new Xp(locating.earned() + naming.earned(), locating.available() + naming.available());
        return new FeatureMapReadingResult(featureMap, positive, negative, positiveMeaning, negativeMeaning, xp);
    }

    private enum Extreme {
        LARGEST_POSITIVE("largest positive value", "positive"),
        MOST_NEGATIVE("most negative value", "negative");

        final String label;
        final String sign;

        Extreme(String label, String sign) {
            this.label = label;
            this.sign = sign;
        }

        double of(Grid map) {
            return this == LARGEST_POSITIVE ? map.max() : map.min();
        }

        boolean exists(double extreme) {
            return this == LARGEST_POSITIVE ? extreme > 0 : extreme < 0;
        }
    }

    private static PickOutcome judgePick(CellPick pick, Grid map, Extreme extreme) {
        double value = extreme.of(map);
        if (!extreme.exists(value)) {
            String explanation = "this feature map has no " + extreme.sign + " value, so \"none\" is the answer";
            return new PickOutcome(pick, pickVerdict(pick, pick instanceof CellPick.None), List.of(), explanation);
        }
        List<CellPosition> holders = cellsHolding(map, value);
        String explanation = "the " + extreme.label + " is " + Numbers.format(value) + ", found at "
                + describe(holders, map.cols());
        boolean right = pick instanceof CellPick.At at && holders.contains(at.cell());
        return new PickOutcome(pick, pickVerdict(pick, right), holders, explanation);
    }

    private static Verdict pickVerdict(CellPick pick, boolean right) {
        if (pick instanceof CellPick.Blank) {
            return Verdict.UNANSWERED;
        }
        return right ? Verdict.CORRECT : Verdict.WRONG;
    }

    private MeaningOutcome judgeMeaning(Optional<String> chosen, String rightId) {
        if (chosen.isEmpty()) {
            return new MeaningOutcome(chosen, Verdict.UNANSWERED, Optional.empty());
        }
        if (!key.meaningIds().contains(chosen.get())) {
            return new MeaningOutcome(Optional.empty(), Verdict.WRONG,
                    Optional.of("that meaning is not one of the choices offered"));
        }
        Verdict verdict = chosen.get().equals(rightId) ? Verdict.CORRECT : Verdict.WRONG;
        return new MeaningOutcome(chosen, verdict, Optional.empty());
    }

    private static List<CellPosition> cellsHolding(Grid map, double value) {
        List<CellPosition> cells = new ArrayList<>();
        for (int r = 0; r < map.rows(); r++) {
            for (int c = 0; c < map.cols(); c++) {
                if (map.get(r, c) == value) {
                    cells.add(new CellPosition(r, c));
                }
            }
        }
        return cells;
    }

    /**
     * Where a value stands, grouped by row: "row 3, column 1", "row 1, columns 1 and 3; row 2,
     * column 2", or "every cell of rows 1 and 2" when ties fill whole rows, as a striped image gives.
     */
    static String describe(List<CellPosition> cells, int columns) {
        Map<Integer, List<Integer>> byRow = new TreeMap<>();
        for (CellPosition cell : cells) {
            byRow.computeIfAbsent(cell.row() + 1, row -> new ArrayList<>()).add(cell.col() + 1);
        }
        if (cells.size() > 1 && byRow.values().stream().allMatch(row -> row.size() == columns)) {
            return "every cell of " + (byRow.size() == 1 ? "row " : "rows ") + listed(new ArrayList<>(byRow.keySet()));
        }
        List<String> rows = new ArrayList<>();
        byRow.forEach((row, cols) -> rows.add("row " + row + ", " + (cols.size() == 1 ? "column " : "columns ")
                + listed(cols)));
        return String.join("; ", rows);
    }

    private static String listed(List<Integer> numbers) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < numbers.size(); i++) {
            text.append(i == 0 ? "" : i == numbers.size() - 1 ? " and " : ", ").append(numbers.get(i));
        }
        return text.toString();
    }

    private static int countCorrect(Verdict first, Verdict second) {
        return (first == Verdict.CORRECT ? 1 : 0) + (second == Verdict.CORRECT ? 1 : 0);
    }
}

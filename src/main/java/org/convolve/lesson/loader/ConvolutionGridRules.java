package org.convolve.lesson.loader;

import java.util.List;
import org.convolve.conv.Probe;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.FeatureMapReading;
import org.convolve.lesson.GridImageSpec;
import org.convolve.lesson.GridXpBreakdown;
import org.convolve.lesson.Meaning;

/**
 * Rules for a convolution-grid activity: the geometry must yield a whole feature map, the example
 * must fit the image spec, and the XP breakdown must add up to the activity's XP.
 */
final class ConvolutionGridRules {
    /** The page lays grids out in at most this many columns (convolve.css). */
    static final int MAX_COLUMNS = 12;
    /** A filter larger than this leaves the 6 × 6 test images a map of one cell or none. */
    static final int MAX_FILTER_SIZE = 5;

    private ConvolutionGridRules() {
    }

    static void check(String where, ConvolutionGridActivity grid, Problems problems) {
        problems.requireTexts(where, "steps", grid.steps());
        problems.requireText(where, "kernel-name", grid.kernelName());
        boolean imageOk = checkImage(where, grid.image(), problems);
        boolean kernelOk = checkKernel(where, grid.kernel(), problems);
        if (grid.stride() < 1) {
            problems.add(where, "stride must be at least 1, found " + grid.stride());
        }
        if (grid.padding() < 0) {
            problems.add(where, "padding must be 0 or more, found " + grid.padding());
        }
        if (imageOk && kernelOk && grid.stride() >= 1 && grid.padding() >= 0) {
            checkKernelFitsImage(where, grid, problems);
        }
        checkReading(where, grid.reading(), problems);
        if (grid.hasFilterStep()) {
            problems.requireText(where + ", vertical-filter", "prompt", grid.verticalFilter().prompt());
            if (kernelOk && grid.kernelSize() < 2) {
                // One weight cannot both give a flat area 0 and answer an edge.
                problems.add(where, "vertical-filter asks for a filter of the kernel's size, 1 × 1, which cannot find"
                        + " edges: leave the step out, or use a kernel of at least 2 × 2");
            }
            if (kernelOk && grid.kernelSize() > MAX_FILTER_SIZE) {
                problems.add(where, "vertical-filter asks for a filter of the kernel's size, " + grid.kernelSize() + " × "
                        + grid.kernelSize() + ", but its test images are " + Probe.SIZE + " × "
                        + Probe.SIZE + ": leave the step out, or use a kernel of at most " + MAX_FILTER_SIZE
                        + " × " + MAX_FILTER_SIZE);
            }
        }
        int stepsShown = grid.hasFilterStep() ? 6 : 5;
        if (grid.steps().size() > stepsShown) {
            problems.add(where, "has " + grid.steps().size() + " steps, but the page shows at most " + stepsShown
                    + (grid.hasFilterStep() ? "" : " without a vertical-filter step")
                    + " (see FORMAT.md for where each one appears)");
        }
        if (imageOk && grid.image().columns() > MAX_COLUMNS) {
            problems.add(where + ", image", "has " + grid.image().columns() + " columns; the page lays out at most "
                    + MAX_COLUMNS);
        }
        checkXp(where, grid, problems);
    }

    private static boolean checkImage(String where, GridImageSpec image, Problems problems) {
        if (image == null) {
            problems.add(where, "image is missing");
            return false;
        }
        String imageWhere = where + ", image";
        boolean ok = true;
        if (image.rows() < 1 || image.columns() < 1) {
            problems.add(imageWhere, "size " + image.rows() + "x" + image.columns() + " is impossible");
            ok = false;
        }
        if (image.minValue() >= image.maxValue()) {
            problems.add(imageWhere, "min-value " + image.minValue() + " must be below max-value " + image.maxValue());
        }
        List<List<Integer>> example = image.example();
        if (example.isEmpty()) {
            problems.add(imageWhere, "example is missing");
        } else if (ok && !isRectangle(example, image.rows(), image.columns())) {
            problems.add(imageWhere, "example must be " + image.rows() + " rows of " + image.columns() + " numbers");
        } else if (ok) {
            example.stream().flatMap(List::stream)
                    .filter(v -> v == null || v < image.minValue() || v > image.maxValue())
                    .findFirst()
                    .ifPresent(v -> problems.add(imageWhere, "example value " + v + " is outside "
                            + image.minValue() + ".." + image.maxValue()));
        }
        return ok;
    }

    private static boolean checkKernel(String where, List<List<Integer>> kernel, Problems problems) {
        if (kernel.isEmpty()) {
            problems.add(where, "kernel is missing");
            return false;
        }
        if (!isRectangle(kernel, kernel.size(), kernel.size())) {
            problems.add(where, "kernel must be square (" + kernel.size() + " rows of " + kernel.size()
                    + " numbers), found rows of " + kernel.stream().map(List::size).toList());
            return false;
        }
        if (kernel.stream().flatMap(List::stream).anyMatch(v -> v == null)) {
            problems.add(where, "kernel has an empty cell");
            return false;
        }
        return true;
    }

    /** The learner fills every cell by hand, so the filter must land on whole positions only. */
    private static void checkKernelFitsImage(String where, ConvolutionGridActivity grid, Problems problems) {
        int k = grid.kernelSize();
        int paddedRows = grid.image().rows() + 2 * grid.padding();
        int paddedColumns = grid.image().columns() + 2 * grid.padding();
        String geometry = "a " + k + "x" + k + " kernel on a " + grid.image().rows() + "x"
                + grid.image().columns() + " image with padding " + grid.padding();
        if (k > paddedRows || k > paddedColumns) {
            problems.add(where, geometry + " does not fit: the kernel is larger than the image");
        } else if ((paddedRows - k) % grid.stride() != 0 || (paddedColumns - k) % grid.stride() != 0) {
            problems.add(where, geometry + " and stride " + grid.stride()
                    + " leaves a partial step; the grid size is impossible");
        } else if (grid.featureMapColumns() > MAX_COLUMNS) {
            problems.add(where, geometry + " and stride " + grid.stride() + " gives a feature map "
                    + grid.featureMapColumns() + " columns wide; the page lays out at most " + MAX_COLUMNS);
        } else if (grid.featureMapColumns() < 2) {
            // The learner works out the top-left cell and the one to its right.
            problems.add(where, geometry + " and stride " + grid.stride()
                    + " gives a feature map one column wide; it needs a second column");
        }
    }

    private static void checkReading(String where, FeatureMapReading reading, Problems problems) {
        if (reading == null) {
            problems.add(where, "reading is missing");
            return;
        }
        String readingWhere = where + ", reading";
        problems.requireText(readingWhere, "locate-prompt", reading.locatePrompt());
        problems.requireText(readingWhere, "meaning-prompt", reading.meaningPrompt());
        if (reading.meanings().size() < 2) {
            problems.add(readingWhere, "needs at least 2 meanings to choose from");
        }
        for (int i = 0; i < reading.meanings().size(); i++) {
            Meaning meaning = reading.meanings().get(i);
            if (meaning == null) {
                problems.add(readingWhere + ", meanings[" + i + "]", "meaning is empty");
                continue;
            }
            problems.requireText(readingWhere + ", meanings[" + i + "]", "id", meaning.id());
            problems.requireText(readingWhere + ", meanings[" + i + "]", "text", meaning.text());
        }
        var meanings = reading.meanings().stream().filter(m -> m != null).toList();
        problems.requireDistinct(readingWhere, "meaning id", meanings, Meaning::id);
        problems.requireDistinct(readingWhere, "meaning text", meanings, Meaning::text);
        checkMeaningRef(readingWhere, "positive-means", reading.positiveMeans(), reading, problems);
        checkMeaningRef(readingWhere, "negative-means", reading.negativeMeans(), reading, problems);
        if (reading.positiveMeans() != null && reading.positiveMeans().equals(reading.negativeMeans())) {
            problems.add(readingWhere, "positive-means and negative-means must differ");
        }
    }

    private static void checkMeaningRef(String where, String field, String meaningId, FeatureMapReading reading,
            Problems problems) {
        if (meaningId == null || meaningId.isBlank()) {
            problems.add(where, field + " is missing");
        } else if (reading.meaning(meaningId).isEmpty()) {
            problems.add(where, field + " refers to meaning '" + meaningId + "', which is not in meanings");
        }
    }

    private static void checkXp(String where, ConvolutionGridActivity grid, Problems problems) {
        GridXpBreakdown breakdown = grid.xpBreakdown();
        if (breakdown == null || breakdown.cells() == null || breakdown.reading() == null
                || grid.hasFilterStep() && breakdown.verticalFilter() == null) {
            problems.add(where, "xp-breakdown needs cells, reading" + (grid.hasFilterStep() ? " and vertical-filter" : ""));
            return;
        }
        if (!grid.hasFilterStep() && breakdown.verticalFilter() != null) {
            problems.add(where, "xp-breakdown gives vertical-filter XP, but the activity has no vertical-filter step");
            return;
        }
        String xpWhere = where + ", xp-breakdown";
        problems.requireNotNegative(xpWhere, "cells.top-left", breakdown.cells().topLeft());
        problems.requireNotNegative(xpWhere, "cells.next-right", breakdown.cells().nextRight());
        problems.requireNotNegative(xpWhere, "cells.full-map", breakdown.cells().fullMap());
        problems.requireNotNegative(xpWhere, "reading.locate", breakdown.reading().locate());
        problems.requireNotNegative(xpWhere, "reading.meaning", breakdown.reading().meaning());
        if (grid.hasFilterStep()) {
            problems.requireNotNegative(xpWhere, "vertical-filter.flat", breakdown.verticalFilter().flat());
            problems.requireNotNegative(xpWhere, "vertical-filter.horizontal", breakdown.verticalFilter().horizontal());
            problems.requireNotNegative(xpWhere, "vertical-filter.vertical", breakdown.verticalFilter().vertical());
        }
        if (breakdown.total() != grid.xp()) {
            problems.add(xpWhere, "adds up to " + breakdown.total() + " but the activity's xp is " + grid.xp());
        }
    }

    private static boolean isRectangle(List<List<Integer>> grid, int rows, int columns) {
        return grid.size() == rows && grid.stream().allMatch(row -> row.size() == columns);
    }
}

package org.convolve.grading;

import static org.convolve.conv.Numbers.format;

import java.util.List;
import org.convolve.conv.FilterProbes;
import org.convolve.conv.Grid;
import org.convolve.conv.Probe;
import org.convolve.conv.ProbeResponse;

/**
 * Checks a learner's square filter (as large as the lesson's kernel) by what it does, not by
 * comparing it with one right answer, so any filter that finds vertical edges and ignores the rest
 * is accepted.
 */
public final class VerticalFilterGrader {

    /** A horizontal edge may draw at most this share of the response to a vertical edge. */
    public static final double HORIZONTAL_SHARE_ALLOWED = 0.1;
    private final VerticalFilterXp xp;
    private final GridForm form;

    /** A grader of 3 × 3 filters, the seed lesson's size. */
    public VerticalFilterGrader(VerticalFilterXp xp) {
        this(xp, 3);
    }

    public VerticalFilterGrader(VerticalFilterXp xp, int size) {
        this.xp = xp;
        this.form = GridForm.filter(size);
    }

    public VerticalFilterResult grade(Grid filter) {
        form.requireConforming(filter);
        List<ProbeResponse> responses = FilterProbes.respond(filter);
        double flat = responseTo(responses, Probe.FLAT);
        // Both edges are judged with brightness taken out, so a filter whose weights do not add up
        // to 0 loses the flat-area criterion for it, and nothing else.
        double horizontal = edgeResponse(filter, Probe.HORIZONTAL_EDGE, responseTo(responses, Probe.HORIZONTAL_EDGE));
        double vertical = edgeResponse(filter, Probe.VERTICAL_EDGE, responseTo(responses, Probe.VERTICAL_EDGE));
        int contrast = Probe.VERTICAL_EDGE.contrast();

        // Brightness alone gives up to this on the test images; an edge that adds less is drowned in it,
        // and the filter mostly copies brightness (a blur, or a good detector plus a large offset).
        double brightness = Math.abs(filter.sum()) * Probe.BRIGHT;
        boolean copiesBrightness = brightness > vertical;

        List<CriterionOutcome> criteria = List.of(
                outcome(FilterCriterion.FLAT_AREAS_GIVE_ZERO, flat == 0 && vertical > 0,
                        flatExplanation(filter, flat, vertical)),
                outcome(FilterCriterion.HORIZONTAL_EDGES_GIVE_NEAR_ZERO,
                        !copiesBrightness && quietOnHorizontal(horizontal, vertical),
                        copiesBrightness ? lostInBrightnessExplanation(brightness, horizontal)
                                : horizontalExplanation(filter, horizontal, vertical)),
                outcome(FilterCriterion.VERTICAL_EDGES_RESPOND_STRONGLY, !copiesBrightness && vertical >= contrast,
                        copiesBrightness ? copiesBrightnessExplanation(filter, brightness, vertical)
                                : verticalExplanation(filter, vertical, contrast)));

        double earned = 0;
        double available = 0;
        for (CriterionOutcome criterion : criteria) {
            earned += criterion.xp().earned();
            available += criterion.xp().available();
        }
        return new VerticalFilterResult(filter, responses, criteria, new Xp(earned, available));
    }

    /**
     * The response an edge itself causes. A filter whose weights do not add up to 0 answers
     * brightness as such, and on the edge image that alone can pass for a strong response: the
     * identity filter copies the bright side's 8 and would beat the contrast of 7 without seeing an
     * edge. Taking the weights' average out of every weight (the flat-area criterion judges that
     * part) leaves what the filter does with changes in brightness. Worked in fractions of a weight
     * (ninths for a 3 × 3 filter), so whole weights give exact sums and the comparison with the
     * contrast is exact.
     */
    private static double edgeResponse(Grid filter, Probe edge, double responseAsIs) {
        double sum = filter.sum();
        if (sum == 0) {
            return responseAsIs;
        }
        int weights = filter.rows() * filter.cols();
        double[][] parts = filter.toArray();
        for (double[] row : parts) {
            for (int c = 0; c < row.length; c++) {
                row[c] = row[c] * weights - sum;
            }
        }
        return FilterProbes.respond(Grid.of(parts), edge).strongestResponse() / weights;
    }

    /**
     * A filter that answers nothing gives 0 on a flat area too; that proves nothing, so the
     * criterion asks for an answer to a vertical edge as well.
     */
    private static String flatExplanation(Grid filter, double flat, double vertical) {
        if (isAllZero(filter)) {
            return "all your weights are 0, so the filter never responds to anything; give it some weights";
        }
        // Every cell of the flat image's map holds the grey times the weights' sum, sign included.
        String given = "the weights add up to " + format(filter.sum()) + ", so a flat area of " + Probe.GREY
                + " gives " + format(Probe.GREY * filter.sum());
        if (flat != 0) {
            return given + " instead of 0";
        }
        return vertical > 0 ? given : given + ", but so does a vertical edge: the filter does not respond to edges"
                + " it should find";
    }

    private static boolean isAllZero(Grid filter) {
        for (int r = 0; r < filter.rows(); r++) {
            for (int c = 0; c < filter.cols(); c++) {
                if (filter.get(r, c) != 0) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String copiesBrightnessExplanation(Grid filter, double brightness, double vertical) {
        return "your filter mostly copies brightness: its weights add up to " + format(filter.sum())
                + ", so brightness alone gives up to " + format(brightness) + " on the test images, more than the "
                + shown(vertical) + " a vertical edge adds to it";
    }

    /** The horizontal rule's side of a filter that copies brightness; the vertical rule says why. */
    private static String lostInBrightnessExplanation(double brightness, double horizontal) {
        String given = "brightness alone gives up to " + format(brightness) + " here too";
        return horizontal == 0 ? given + ", and a horizontal edge adds nothing to it: the filter answers brightness,"
                + " not edges" : given + ", so what a horizontal edge adds (up to " + shown(horizontal)
                + ") cannot be told apart from it";
    }

    private static String verticalExplanation(Grid filter, double vertical, int contrast) {
        String verdict = (vertical >= contrast ? ", at least" : ", below") + " the edge's step in brightness ("
                + contrast + ")";
        if (filter.sum() == 0) {
            return "on a vertical edge the strongest response is " + format(vertical) + verdict;
        }
        return "on a vertical edge the response differs by up to " + shown(vertical) + beyondBrightness(filter)
                + verdict;
    }

    /** What an edge adds to a response, beside what a flat area of the same average brightness gives. */
    private static String beyondBrightness(Grid filter) {
        return " from what brightness alone gives (the weights add up to " + format(filter.sum()) + ")";
    }

    /**
     * "Near zero" is measured against the vertical response, so a filter that answers nothing at
     * all (every weight 0) has nothing to be near and does not pass: it ignores horizontal edges
     * only because it ignores everything.
     */
    private static boolean quietOnHorizontal(double horizontal, double vertical) {
        return vertical > 0 && horizontal <= HORIZONTAL_SHARE_ALLOWED * vertical;
    }

    private static String horizontalExplanation(Grid filter, double horizontal, double vertical) {
        if (vertical == 0 && horizontal > 0 && filter.sum() == 0) {
            return "on a vertical edge the filter gives 0 and on a horizontal edge up to " + shown(horizontal)
                    + ": it finds horizontal edges, not vertical ones";
        }
        if (vertical == 0) {
            return (filter.sum() == 0 ? "on a vertical edge the filter gives 0"
                    : "on a vertical edge the response differs by 0" + beyondBrightness(filter)) + ", so its "
                    + shown(horizontal) + " on a horizontal edge cannot be judged small next to it";
        }
        String verdict = (quietOnHorizontal(horizontal, vertical) ? ", at most" : ", more than")
                + " a tenth of the " + shown(vertical) + " on a vertical edge";
        if (filter.sum() == 0) {
            return "on a horizontal edge the strongest response is " + format(horizontal) + verdict;
        }
        return "on a horizontal edge the response differs by up to " + shown(horizontal) + beyondBrightness(filter)
                + verdict;
    }

    /** An edge response worked in fractions of a weight, to two decimals: 2.33, not 2.3333333333333335. */
    private static String shown(double response) {
        return format(Math.round(response * 100) / 100.0);
    }

    private CriterionOutcome outcome(FilterCriterion criterion, boolean passed, String explanation) {
        double available = xp.availableFor(criterion);
        return new CriterionOutcome(criterion, passed, passed ? Xp.full(available) : Xp.none(available), explanation);
    }

    private static double responseTo(List<ProbeResponse> responses, Probe probe) {
        return responses.get(probe.ordinal()).strongestResponse();
    }
}

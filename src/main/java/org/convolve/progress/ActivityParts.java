package org.convolve.progress;

import java.util.List;
import org.convolve.lesson.Activity;
import org.convolve.lesson.ConvolutionGridActivity;
import org.convolve.lesson.GridXpBreakdown;
import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MultipleChoiceActivity;

/** Which parts each kind of activity is graded in, and what each part is worth. */
public final class ActivityParts {
    private ActivityParts() {
    }

    public static List<Part> of(Activity activity) {
        if (activity instanceof MatchingActivity) {
            return List.of(Part.PAIRS);
        }
        if (activity instanceof MultipleChoiceActivity) {
            return List.of(Part.CHOICE);
        }
        ConvolutionGridActivity grid = (ConvolutionGridActivity) activity;
        return grid.hasFilterStep() ? List.of(Part.FEATURE_MAP, Part.READING, Part.FILTER)
                : List.of(Part.FEATURE_MAP, Part.READING);
    }

    public static boolean has(Activity activity, Part part) {
        return of(activity).contains(part);
    }

    public static double xpAvailable(Activity activity, Part part) {
        if (!(activity instanceof ConvolutionGridActivity grid)) {
            return activity.xpAvailable();
        }
        GridXpBreakdown breakdown = grid.xpBreakdown();
        return switch (part) {
            case FEATURE_MAP -> breakdown.cells() == null ? 0 : breakdown.cells().total();
            case READING -> breakdown.reading() == null ? 0 : breakdown.reading().total();
            case FILTER -> breakdown.verticalFilter() == null ? 0 : breakdown.verticalFilter().total();
            default -> 0;
        };
    }
}

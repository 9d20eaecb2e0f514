package org.convolve.grading;

import java.util.List;
import org.convolve.conv.Grid;
import org.convolve.conv.ProbeResponse;

/** A graded vertical-edge filter, with the probe feature maps a page can draw as heatmaps. */
public record VerticalFilterResult(
        Grid filter,
        List<ProbeResponse> probeMaps,
        List<CriterionOutcome> criteria,
        Xp xp) {

    public VerticalFilterResult {
        probeMaps = List.copyOf(probeMaps);
        criteria = List.copyOf(criteria);
    }

    public CriterionOutcome criterion(FilterCriterion which) {
        return criteria.stream().filter(outcome -> outcome.criterion() == which).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no outcome for " + which));
    }

    public boolean passedAll() {
        return criteria.stream().allMatch(CriterionOutcome::passed);
    }
}

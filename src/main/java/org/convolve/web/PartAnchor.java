package org.convolve.web;

import org.convolve.progress.Part;

/** The id of the page element that holds an activity's form for one part, to link or scroll to it. */
final class PartAnchor {
    private PartAnchor() {
    }

    static String of(String activityId, Part part) {
        return switch (part) {
            case FEATURE_MAP -> activityId + "-map";
            case READING -> activityId + "-reading";
            case FILTER -> activityId + "-filter";
            default -> activityId;
        };
    }
}

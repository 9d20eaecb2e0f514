package org.convolve.grading;

/** XP per check of a learner-designed vertical-edge filter, from the lesson content. */
public record VerticalFilterXp(double flatXp, double horizontalXp, double verticalXp) {

    public static final VerticalFilterXp LESSON_DEFAULT = new VerticalFilterXp(1, 1, 2);

    public VerticalFilterXp {
        XpValues.requireNonNegative("flat-area XP", flatXp);
        XpValues.requireNonNegative("horizontal-edge XP", horizontalXp);
        XpValues.requireNonNegative("vertical-edge XP", verticalXp);
    }

    double availableFor(FilterCriterion criterion) {
        return switch (criterion) {
            case FLAT_AREAS_GIVE_ZERO -> flatXp;
            case HORIZONTAL_EDGES_GIVE_NEAR_ZERO -> horizontalXp;
            case VERTICAL_EDGES_RESPOND_STRONGLY -> verticalXp;
        };
    }
}

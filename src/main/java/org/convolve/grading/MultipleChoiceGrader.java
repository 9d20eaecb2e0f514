package org.convolve.grading;

/** All or nothing: the right option earns every XP point, any other earns none. */
public final class MultipleChoiceGrader {

    private static final int LONGEST_ECHOED_ID = 40;

    private final MultipleChoiceKey key;
    private final double availableXp;

    public MultipleChoiceGrader(MultipleChoiceKey key, double availableXp) {
        this.key = key;
        this.availableXp = XpValues.requireNonNegative("available XP", availableXp);
    }

    public MultipleChoiceResult grade(String chosenOptionId) {
        if (chosenOptionId == null || chosenOptionId.isBlank()) {
            return MultipleChoiceResult.invalid("no option was chosen", availableXp);
        }
        String chosen = chosenOptionId.strip();
        if (!key.optionIds().contains(chosen)) {
            return MultipleChoiceResult.invalid("'" + shortened(chosen) + "' is not one of this question's options",
                    availableXp);
        }
        boolean correct = chosen.equals(key.correctOptionId());
        return MultipleChoiceResult.graded(chosen, correct, correct ? Xp.full(availableXp) : Xp.none(availableXp));
    }

    // The id arrives from a form and ends up on a page; a forged megabyte id should not.
    private static String shortened(String id) {
        return id.length() <= LONGEST_ECHOED_ID ? id : id.substring(0, LONGEST_ECHOED_ID) + "...";
    }
}

package org.convolve.lesson;

import java.util.List;

/**
 * Gives each learner their own, stable order of a question's options ({@link LearnerOrder}). In
 * the file's order the right answer stood first in every question, for every learner.
 */
public final class OptionShuffle {
    private OptionShuffle() {
    }

    public static List<ChoiceOption> forLearner(String learnerId, MultipleChoiceActivity activity) {
        return LearnerOrder.shuffled(activity.options(), learnerId, activity.id(), "options");
    }
}

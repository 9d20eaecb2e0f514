package org.convolve.lesson;

import java.util.List;

/** Gives each learner their own, stable order of terms and definitions ({@link LearnerOrder}). */
public final class MatchingShuffle {
    private MatchingShuffle() {
    }

    public static MatchingLayout forLearner(String learnerId, MatchingActivity activity) {
        List<MatchingPair> terms = LearnerOrder.shuffled(activity.pairs(), learnerId, activity.id(), "terms");
        List<MatchingPair> definitions = LearnerOrder.shuffled(activity.pairs(), learnerId, activity.id(), "definitions");
        if (terms.size() > 1 && terms.equals(definitions)) {
            // Definitions lined up beside their own terms would give the answers away.
            definitions.add(definitions.remove(0));
        }
        return new MatchingLayout(terms, definitions);
    }
}

package org.convolve.lesson.loader;

import org.convolve.lesson.MatchingActivity;
import org.convolve.lesson.MatchingPair;

/** Rules for a matching activity: enough pairs, each complete, and no two alike. */
final class MatchingRules {
    /** With one pair there is nothing to match. */
    static final int MIN_PAIRS = 2;

    private MatchingRules() {
    }

    static void check(String where, MatchingActivity activity, Problems problems) {
        if (activity.pairs().size() < MIN_PAIRS) {
            problems.add(where, "has only " + activity.pairs().size() + " pair(s); a matching activity needs at least "
                    + MIN_PAIRS);
        }
        for (int i = 0; i < activity.pairs().size(); i++) {
            MatchingPair pair = activity.pairs().get(i);
            String pairWhere = where + ", pairs[" + i + "]";
            if (pair == null) {
                problems.add(pairWhere, "pair is empty");
                continue;
            }
            if (pair.id() != null) {
                pairWhere = where + ", pair '" + pair.id() + "'";
            }
            problems.requireText(pairWhere, "id", pair.id());
            problems.requireText(pairWhere, "term", pair.term());
            problems.requireText(pairWhere, "definition", pair.definition());
            problems.requireText(pairWhere, "feedback-when-wrong", pair.feedbackWhenWrong());
        }
        var pairs = activity.pairs().stream().filter(p -> p != null).toList();
        problems.requireDistinct(where, "pair id", pairs, MatchingPair::id);
        problems.requireDistinct(where, "term", pairs, MatchingPair::term);
        problems.requireDistinct(where, "definition", pairs, MatchingPair::definition);
    }
}

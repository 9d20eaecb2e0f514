package org.convolve.lesson;

import java.util.List;

/** The order in which one learner sees a matching activity's terms and, separately, its definitions. */
public record MatchingLayout(List<MatchingPair> terms, List<MatchingPair> definitions) {
    public MatchingLayout {
        terms = List.copyOf(terms);
        definitions = List.copyOf(definitions);
    }
}

package org.convolve.grading;

import java.util.List;

/**
 * A graded matching answer. Ids the key does not know and definitions given to more than one
 * term are listed so the page can point at them; they never make grading fail.
 */
public record MatchingResult(
        List<PairOutcome> pairs,
        List<String> unknownTermIds,
        List<String> unknownDefinitionIds,
        List<String> definitionsUsedMoreThanOnce,
        Xp xp) {

    public MatchingResult {
        pairs = List.copyOf(pairs);
        unknownTermIds = List.copyOf(unknownTermIds);
        unknownDefinitionIds = List.copyOf(unknownDefinitionIds);
        definitionsUsedMoreThanOnce = List.copyOf(definitionsUsedMoreThanOnce);
    }

    public long count(Verdict verdict) {
        return pairs.stream().filter(pair -> pair.verdict() == verdict).count();
    }

    public boolean hasProblems() {
        return !unknownTermIds.isEmpty() || !unknownDefinitionIds.isEmpty() || !definitionsUsedMoreThanOnce.isEmpty();
    }
}

package org.convolve.grading;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Grades each pair of a matching activity on its own; XP = available x correct / pairs. */
public final class MatchingGrader {

    private final MatchingKey key;
    private final double availableXp;

    public MatchingGrader(MatchingKey key, double availableXp) {
        this.key = key;
        this.availableXp = XpValues.requireNonNegative("available XP", availableXp);
    }

    public MatchingResult grade(MatchingAnswer answer) {
        Map<String, String> given = answer.definitionByTerm();
        List<PairOutcome> pairs = new ArrayList<>(key.pairIds().size());
        int correct = 0;
        for (String pairId : key.pairIds()) {
            String definition = given.get(pairId);
            Verdict verdict = definition == null ? Verdict.UNANSWERED
                    : definition.equals(pairId) ? Verdict.CORRECT : Verdict.WRONG;
            if (verdict == Verdict.CORRECT) {
                correct++;
            }
            pairs.add(new PairOutcome(pairId, Optional.ofNullable(definition), verdict));
        }
        return new MatchingResult(pairs, unknownTerms(given), unknownDefinitions(given),
                definitionsUsedMoreThanOnce(given), Xp.proportional(availableXp, correct, pairs.size()));
    }

    private List<String> unknownTerms(Map<String, String> given) {
        return given.keySet().stream().filter(term -> !key.contains(term)).toList();
    }

    private List<String> unknownDefinitions(Map<String, String> given) {
        return given.values().stream().filter(definition -> !key.contains(definition)).distinct().toList();
    }

    private static List<String> definitionsUsedMoreThanOnce(Map<String, String> given) {
        Map<String, Integer> uses = new LinkedHashMap<>();
        given.values().forEach(definition -> uses.merge(definition, 1, Integer::sum));
        return uses.entrySet().stream().filter(use -> use.getValue() > 1).map(Map.Entry::getKey).toList();
    }
}

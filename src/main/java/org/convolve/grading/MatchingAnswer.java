package org.convolve.grading;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a learner matched: term id to definition id. A term left without a definition, or with a
 * blank one as an HTML form sends it, counts as unanswered rather than as an error.
 */
public record MatchingAnswer(Map<String, String> definitionByTerm) {

    public MatchingAnswer {
        Map<String, String> kept = new LinkedHashMap<>();
        definitionByTerm.forEach((term, definition) -> {
            if (term != null && definition != null && !definition.isBlank()) {
                kept.put(term, definition.strip());
            }
        });
        definitionByTerm = Collections.unmodifiableMap(kept);
    }

    public static MatchingAnswer of(Map<String, String> definitionByTerm) {
        return new MatchingAnswer(definitionByTerm);
    }
}

package org.convolve.grading;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The pairs of a matching activity; a term and its definition carry the same pair id. */
public record MatchingKey(List<String> pairIds) {

    public MatchingKey {
        pairIds = List.copyOf(pairIds);
        if (pairIds.isEmpty()) {
            throw new IllegalArgumentException("a matching activity needs at least one pair");
        }
        Set<String> seen = new HashSet<>();
        for (String id : pairIds) {
            if (id.isBlank()) {
                throw new IllegalArgumentException("a pair id cannot be blank");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("pair id '" + id + "' appears more than once");
            }
        }
    }

    public boolean contains(String pairId) {
        return pairIds.contains(pairId);
    }
}

package org.convolve.grading;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The option ids of one question and the one that is right. */
public record MultipleChoiceKey(List<String> optionIds, String correctOptionId) {

    public MultipleChoiceKey {
        optionIds = List.copyOf(optionIds);
        if (optionIds.size() < 2) {
            throw new IllegalArgumentException("a multiple-choice question needs at least two options, got "
                    + optionIds.size());
        }
        Set<String> seen = new HashSet<>();
        for (String id : optionIds) {
            if (id.isBlank()) {
                throw new IllegalArgumentException("an option id cannot be blank");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("option id '" + id + "' appears more than once");
            }
        }
        if (!seen.contains(correctOptionId)) {
            throw new IllegalArgumentException("the correct option '" + correctOptionId
                    + "' is not one of the options " + optionIds);
        }
    }
}

package org.convolve.lesson.loader;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/** Collects every problem in one file, so an admin fixes them all in one round instead of one per start. */
final class Problems {
    private final List<String> found = new ArrayList<>();

    void add(String where, String problem) {
        found.add(where + ": " + problem);
    }

    void requireText(String where, String field, String value) {
        if (value == null || value.isBlank()) {
            add(where, field + " is missing");
        }
    }

    void requireNotNegative(String where, String field, int value) {
        if (value < 0) {
            add(where, field + " is negative (" + value + "); XP must be 0 or more");
        }
    }

    void requireTexts(String where, String field, List<String> values) {
        if (values.isEmpty()) {
            add(where, field + " are missing");
        }
        for (int i = 0; i < values.size(); i++) {
            requireText(where, field + "[" + i + "]", values.get(i));
        }
    }

    /**
     * Reports values that appear twice. Comparison ignores case and surrounding spaces because two
     * definitions differing only in case would look identical to a learner.
     */
    <T> void requireDistinct(String where, String what, List<T> items, Function<T, String> value) {
        Set<String> seen = new HashSet<>();
        for (T item : items) {
            String text = value.apply(item);
            if (text != null && !text.isBlank() && !seen.add(text.strip().toLowerCase(Locale.ROOT))) {
                add(where, "duplicate " + what + " '" + text.strip() + "'");
            }
        }
    }

    List<String> all() {
        return List.copyOf(found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }
}

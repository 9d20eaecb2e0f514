package org.convolve.progress;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;
import java.util.function.Function;

/**
 * The order in which instructors look for a person in a list: alphabetical as a class list is,
 * with accented letters beside their plain ones ("Élodie" after "Eli", not after "Zoe") and
 * case ignored, which comparing the characters' codes gets wrong.
 */
public final class NameOrder {
    private NameOrder() {
    }

    /**
     * People by the name shown for them; equal names fall back to the platform's stable user id,
     * so that a list does not reshuffle between two visits.
     */
    public static <T> Comparator<T> byName(Function<T, String> shownName, Function<T, String> userId) {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return Comparator.comparing(shownName, collator::compare).thenComparing(userId);
    }
}

package org.convolve.settings;

import java.util.Map;

/** Whole-number settings read from environment variables. */
public final class EnvironmentNumbers {
    private EnvironmentNumbers() {
    }

    /**
     * The variable's value, or {@code fallback} when it is unset or blank.
     *
     * @throws InvalidSetting naming the variable, so a typo stops the start with a sentence, not a trace
     */
    public static long of(Map<String, String> env, String name, long fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= 0 && number <= Integer.MAX_VALUE) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the variable's name
        }
        throw new InvalidSetting(name + " must be a whole number from 0 to " + Integer.MAX_VALUE
                + ", not '" + value + "'.");
    }
}

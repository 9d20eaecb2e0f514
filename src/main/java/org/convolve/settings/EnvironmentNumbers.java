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
        return inRange(env, name, fallback, 0, Integer.MAX_VALUE);
    }

    /** As {@link #of}, for a setting where 0 would leave the tool unable to work (no threads, no time). */
    public static long positive(Map<String, String> env, String name, long fallback) {
        return inRange(env, name, fallback, 1, Integer.MAX_VALUE);
    }

    /** As {@link #of}, for a setting that needs at least {@code least}. */
    public static long atLeast(Map<String, String> env, String name, long fallback, long least) {
        return inRange(env, name, fallback, least, Integer.MAX_VALUE);
    }

    /** A TCP port, 0 meaning any free one. */
    public static int port(Map<String, String> env, String name, int fallback) {
        return (int) inRange(env, name, fallback, 0, 65_535);
    }

    private static long inRange(Map<String, String> env, String name, long fallback, long least, long most) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long number = Long.parseLong(value.strip());
            if (number >= least && number <= most) {
                return number;
            }
        } catch (NumberFormatException notANumber) {
            // reported below, with the variable's name
        }
        throw new InvalidSetting(name + " must be a whole number from " + least + " to " + most
                + ", not '" + value + "'.");
    }
}

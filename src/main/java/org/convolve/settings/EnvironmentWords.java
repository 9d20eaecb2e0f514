package org.convolve.settings;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Settings read from environment variables that take a word: a switch, or one of a few names. A
 * word the tool does not know stops the start: read as the default, a mistyped
 * {@code CONVOLVE_ENV=prod} ran the sandbox platform against a production database.
 */
public final class EnvironmentWords {
    private EnvironmentWords() {
    }

    /** The variable's value, or empty when it is unset or blank (an empty value is no value). */
    public static Optional<String> text(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** {@code true} or {@code false}, in any case. */
    public static boolean flag(Map<String, String> env, String name, boolean fallback) {
        return Boolean.parseBoolean(oneOf(env, name, String.valueOf(fallback), List.of("true", "false")));
    }

    /** One of {@code words}, in any case, returned in lower case. */
    public static String oneOf(Map<String, String> env, String name, String fallback, List<String> words) {
        Optional<String> value = text(env, name);
        if (value.isEmpty()) {
            return fallback;
        }
        String word = value.get().toLowerCase(Locale.ROOT);
        if (!words.contains(word)) {
            throw new InvalidSetting(name + " must be " + String.join(" or ", words) + ", not '" + value.get() + "'.");
        }
        return word;
    }
}

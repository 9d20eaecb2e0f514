package org.convolve.web;

import java.util.regex.Pattern;
import org.convolve.conv.Numbers;

/**
 * Numbers as the lesson prints them: 3 rather than 3.0, and a minus sign (−) rather than a hyphen,
 * so that a map, a worked example and the messages about them read alike. What a learner types
 * stays as typed; the grid forms read either sign.
 */
final class PrintedNumbers {
    static final String MINUS = "\u2212";
    /** A hyphen that starts a number, not one inside a word or an id such as "cell-0-1". */
    private static final Pattern HYPHEN_BEFORE_NUMBER = Pattern.compile("(?<![\\w-])-(?=\\d)");

    private PrintedNumbers() {
    }

    static String of(double value) {
        return inText(Numbers.format(value));
    }

    static String inText(String text) {
        return text == null ? null : HYPHEN_BEFORE_NUMBER.matcher(text).replaceAll(MINUS);
    }
}

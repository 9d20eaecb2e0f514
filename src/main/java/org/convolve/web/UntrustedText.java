package org.convolve.web;

/**
 * Text a browser or a platform sent, made fit to write into a log line or repeat on a page: a
 * line break in a login parameter would otherwise start a forged log line, a NUL byte makes the
 * log a binary file to grep, and a value of thousands of characters buries the line it is in.
 */
final class UntrustedText {
    static final int MOST_SHOWN = 200;

    private UntrustedText() {
    }

    /** Control characters written as escapes, and at most {@value #MOST_SHOWN} characters of the value. */
    static String shown(String value) {
        if (value == null) {
            return "-";
        }
        if (value.length() <= MOST_SHOWN && value.chars().noneMatch(UntrustedText::escaped)) {
            return value;
        }
        int end = Math.min(value.length(), MOST_SHOWN);
        StringBuilder shown = new StringBuilder(end + 16);
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> {
                    if (escaped(c)) {
                        shown.append(String.format("\\u%04x", (int) c));
                    } else {
                        shown.append(c);
                    }
                }
            }
        }
        if (value.length() > end) {
            shown.append("… (").append(value.length() - end).append(" more characters)");
        }
        return shown.toString();
    }

    private static boolean escaped(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}

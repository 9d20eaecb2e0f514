package org.convolve.web;

/** Graders speak in lower-case clauses ("row 1, column 2: ..."); pages show sentences, numbers as printed. */
final class Sentences {
    private Sentences() {
    }

    static String of(String clause) {
        if (clause == null || clause.isEmpty()) {
            return clause;
        }
        String text = PrintedNumbers.inText(Character.toUpperCase(clause.charAt(0)) + clause.substring(1));
        return text.endsWith(".") ? text : text + ".";
    }
}

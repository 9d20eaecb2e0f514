package org.convolve.web;

/** A count as a sentence writes it: "nine products", "16 products". */
final class CountWords {
    private static final String[] WORDS = {"no", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve"};

    private CountWords() {
    }

    static String of(int count) {
        return count >= 0 && count < WORDS.length ? WORDS[count] : String.valueOf(count);
    }
}

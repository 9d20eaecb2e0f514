package org.convolve.lesson;

import java.util.List;

/** Explanatory text. Paragraphs are plain text; templates escape them. */
public record ReadingSection(String id, String title, List<String> paragraphs) implements Section {
    public ReadingSection {
        paragraphs = Copies.list(paragraphs);
    }
}

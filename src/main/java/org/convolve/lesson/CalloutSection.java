package org.convolve.lesson;

import java.util.List;

/** A highlighted aside: the page sets it apart from the reading flow. */
public record CalloutSection(String id, String title, List<String> paragraphs) implements Section {
    public CalloutSection {
        paragraphs = Copies.list(paragraphs);
    }
}

package org.convolve.web;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.convolve.lesson.CalloutSection;
import org.convolve.lesson.ReadingSection;
import org.convolve.lesson.Section;

/**
 * The lesson's reading and callout sections as HTML. They read the same for every learner, so each
 * is rendered (and escaped) once and reused: on a launch they were a large share of the page's
 * rendering time. Keyed by the section's value, so the cache holds one entry per distinct section
 * of the catalogue.
 */
final class TextSections {
    private record Model(String id, String title, List<String> paragraphs, boolean reading, boolean callout) {
    }

    private final Templates templates;
    private final Map<Section, String> rendered = new ConcurrentHashMap<>();

    TextSections(Templates templates) {
        this.templates = templates;
    }

    String html(ReadingSection section) {
        return rendered.computeIfAbsent(section, s -> templates.render("lesson-text",
                new Model(section.id(), section.title(), section.paragraphs(), true, false)));
    }

    String html(CalloutSection section) {
        return rendered.computeIfAbsent(section, s -> templates.render("lesson-text",
                new Model(section.id(), section.title(), section.paragraphs(), false, true)));
    }
}

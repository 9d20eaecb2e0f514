package org.convolve.web;

import org.convolve.lesson.Lesson;
import org.convolve.lesson.LessonCatalog;

/** Which lesson a launch opens. */
final class SessionLessons {
    private final LessonCatalog lessons;

    SessionLessons(LessonCatalog lessons) {
        this.lessons = lessons;
    }

    /** A link may name its lesson with the custom parameter {@code lesson}; otherwise the first lesson is used. */
    Lesson of(LaunchSession session) {
        String wanted = session.launch().custom().get("lesson");
        return wanted == null ? lessons.all().get(0) : lessons.find(wanted).orElseThrow(() -> new HttpProblem(404,
                "Lesson not found", "This link asks for the lesson '" + wanted + "', which this tool does not have.",
                "Ask your instructor to check the link's custom parameters."));
    }
}

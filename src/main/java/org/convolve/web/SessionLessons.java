package org.convolve.web;

import java.util.List;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.LessonCatalog;

/** Which lesson a launch opens. */
final class SessionLessons {
    private final LessonCatalog lessons;

    SessionLessons(LessonCatalog lessons) {
        this.lessons = lessons;
    }

    /**
     * A link may name its lesson with the custom parameter {@code lesson} (otherwise the first lesson
     * is used), and one of its activities with {@code activity}: then that activity is all it shows.
     */
    Lesson of(LaunchSession session) {
        String wanted = session.launch().custom().get("lesson");
        Lesson lesson = wanted == null ? lessons.all().get(0) : named(wanted);
        String activity = session.launch().custom().get("activity");
        if (activity == null) {
            return lesson;
        }
        return lesson.onlyActivity(activity).orElseThrow(() -> new HttpProblem(404, "Activity not found",
                "This link asks for the activity '" + UntrustedText.shown(activity) + "' of the lesson '"
                        + lesson.title() + "', which has no such activity.",
                "Ask your instructor to check the link's custom parameters."));
    }

    /**
     * What an instructor may add through deep linking: every lesson, in catalogue order, unless the
     * request names one with the custom parameter {@code lesson} (an admin narrowing the picker).
     */
    List<Lesson> toPickFrom(LaunchSession session) {
        String wanted = session.launch().custom().get("lesson");
        return wanted == null ? lessons.all() : List.of(named(wanted));
    }

    private Lesson named(String wanted) {
        return lessons.find(wanted).orElseThrow(() -> new HttpProblem(404, "Lesson not found",
                "This link asks for the lesson '" + UntrustedText.shown(wanted) + "', which this tool does not have.",
                "Ask your instructor to check the link's custom parameters."));
    }
}

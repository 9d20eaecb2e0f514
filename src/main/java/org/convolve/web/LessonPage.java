package org.convolve.web;

import java.util.Optional;
import org.convolve.lesson.Lesson;
import org.convolve.progress.LessonProgress;

/** Renders the lesson page with a learner's progress, and with a form sent back for fixing if there is one. */
final class LessonPage {
    private final Templates templates;
    private final ActivityStates states;

    LessonPage(Templates templates, ActivityStates states) {
        this.templates = templates;
        this.states = states;
    }

    String render(SessionModel session, Lesson lesson, LessonProgress progress, Optional<FormEcho> echo) {
        return templates.render("lesson", LessonPageModel.of(lesson, session, progress, states, echo));
    }
}

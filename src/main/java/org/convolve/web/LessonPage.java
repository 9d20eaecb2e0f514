package org.convolve.web;

import java.util.Map;
import java.util.Optional;
import org.convolve.lesson.Activity;
import org.convolve.lesson.Lesson;
import org.convolve.progress.LessonProgress;

/** Renders the lesson page with a learner's progress, and with a form sent back for fixing if there is one. */
final class LessonPage {
    /** What the page is sent as; the bytes are UTF-8 and the header must say so. */
    static final String CONTENT_TYPE = "text/html; charset=utf-8";

    private final Templates templates;
    private final ActivityStates states;
    private final TextSections texts;

    LessonPage(Templates templates, ActivityStates states) {
        this.templates = templates;
        this.states = states;
        this.texts = new TextSections(templates);
    }

    /** The page as UTF-8 bytes, ready to send. */
    byte[] render(SessionModel session, Lesson lesson, LessonProgress progress, Optional<FormEcho> echo) {
        return templates.renderUtf8("lesson", LessonPageModel.of(lesson, session, progress, states, texts, echo));
    }

    /**
     * The page as the answer to the launch's POST, whose address it is shown at. A browser without
     * scripts is sent on to the lesson's own address at once, as the redirect did before, so that a
     * reload or Back does not post the used launch again; the script does that without a request.
     */
    byte[] renderAsLaunchAnswer(SessionModel session, Lesson lesson, LessonProgress progress) {
        return templates.renderUtf8("lesson", LessonPageModel.of(lesson, session, progress, states, texts,
                Optional.empty()), Map.of("ownAddress", session.base() + "/lesson"));
    }

    /**
     * What the enhanced page gets back for an answer: only the parts the answer changed (the XP bar
     * and the activity), which it swaps in by id, instead of the whole page it would have to fetch
     * and parse after a redirect.
     */
    byte[] renderAnswered(SessionModel session, Lesson lesson, Activity activity, LessonProgress progress,
                          Optional<FormEcho> echo) {
        return templates.renderUtf8("lesson-update",
                LessonPageModel.ofAnswered(lesson, activity, session, progress, states, echo));
    }
}

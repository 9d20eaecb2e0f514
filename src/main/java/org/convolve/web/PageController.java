package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.convolve.lesson.Activity;
import org.convolve.lesson.Lesson;
import org.convolve.lti.LtiClaims;
import org.convolve.progress.AnswerRecorder;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.LessonProgress;

/** The pages a launch leads to: the lesson for learners, the class view for instructors. */
final class PageController {
    private final SessionResolver sessions;
    private final Templates templates;
    private final SessionLessons lessons;
    private final ClassRoster roster;
    private final AnswerRecorder progress;
    private final LessonPage lessonPage;

    PageController(SessionResolver sessions, Templates templates, SessionLessons lessons, ClassRoster roster,
                   AnswerRecorder progress, LessonPage lessonPage) {
        this.sessions = sessions;
        this.templates = templates;
        this.lessons = lessons;
        this.roster = roster;
        this.progress = progress;
        this.lessonPage = lessonPage;
    }

    /** Where a fresh launch lands: each role gets its own first page. */
    void landing(Context ctx) {
        LaunchSession session = sessions.learnerOrInstructor(ctx);
        String base = "/s/" + session.handle();
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(session.launch().messageType())) {
            ctx.redirect(base + "/deep-link", HttpStatus.SEE_OTHER);
        } else if (session.isInstructor()) {
            ctx.redirect(base + "/instructor", HttpStatus.SEE_OTHER);
        } else {
            ctx.redirect(base + "/lesson", HttpStatus.SEE_OTHER);
        }
    }

    void lesson(Context ctx) {
        LaunchSession session = sessions.learnerOrInstructor(ctx);
        Lesson lesson = lessons.of(session);
        LessonProgress saved = progress.load(LearnerKey.of(session.launch(), lesson.id()));
        ctx.html(lessonPage.render(session, lesson, saved, Optional.empty()));
    }

    /** The learner's own XP as JSON, for scripts and checks; it shows nothing the lesson page does not. */
    void progress(Context ctx) {
        LaunchSession session = sessions.learnerOrInstructor(ctx);
        Lesson lesson = lessons.of(session);
        LessonProgress saved = progress.load(LearnerKey.of(session.launch(), lesson.id()));
        Map<String, Object> activities = new LinkedHashMap<>();
        for (Activity activity : lesson.activitiesInPageOrder()) {
            activities.put(activity.id(), Map.of(
                    "xpEarned", saved.activityXp(activity),
                    "xpAvailable", activity.xpAvailable(),
                    "answered", saved.activityAnswered(activity)));
        }
        ctx.json(Map.of(
                "lessonId", lesson.id(),
                "xpEarned", saved.xpEarned(lesson),
                "xpAvailable", lesson.totalXp(),
                "completed", saved.completed(lesson),
                "activities", activities));
    }

    void instructor(Context ctx) {
        LaunchSession session = sessions.instructor(ctx);
        ctx.html(templates.render("instructor", Map.of(
                "session", SessionModel.of(session),
                "lesson", lessons.of(session),
                "learners", roster.learnersOf(session.launch()))));
    }
}

package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.LessonCatalog;
import org.convolve.lti.LtiClaims;

/** The pages a launch leads to: the lesson for learners, the class view for instructors. */
final class PageController {
    private final SessionResolver sessions;
    private final Templates templates;
    private final LessonCatalog lessons;
    private final ClassRoster roster;

    PageController(SessionResolver sessions, Templates templates, LessonCatalog lessons, ClassRoster roster) {
        this.sessions = sessions;
        this.templates = templates;
        this.lessons = lessons;
        this.roster = roster;
    }

    /** A session's own address: sends each role to its first page. */
    void landing(Context ctx) {
        ctx.redirect(firstPageOf(sessions.learnerOrInstructor(ctx)), HttpStatus.SEE_OTHER);
    }

    static String firstPageOf(LaunchSession session) {
        String base = "/s/" + session.handle();
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(session.launch().messageType())) {
            return base + "/deep-link";
        }
        return session.isInstructor() ? base + "/instructor" : base + "/lesson";
    }

    void lesson(Context ctx) {
        LaunchSession session = sessions.learnerOrInstructor(ctx);
        ctx.html(templates.render("lesson", LessonPageModel.of(lessonOf(session), session)));
    }

    void instructor(Context ctx) {
        LaunchSession session = sessions.instructor(ctx);
        ctx.html(templates.render("instructor", Map.of(
                "session", SessionModel.of(session),
                "lesson", lessonOf(session),
                "learners", roster.learnersOf(session.launch()))));
    }

    /** A link may name its lesson with the custom parameter {@code lesson}; otherwise the first lesson is used. */
    private Lesson lessonOf(LaunchSession session) {
        String wanted = session.launch().custom().get("lesson");
        return wanted == null ? lessons.all().get(0) : lessons.find(wanted).orElseThrow(() -> new HttpProblem(404,
                "Lesson not found", "This link asks for the lesson '" + wanted + "', which this tool does not have.",
                "Ask your instructor to check the link's custom parameters."));
    }
}

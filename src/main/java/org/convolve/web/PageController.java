package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.convolve.lesson.Lesson;
import org.convolve.lesson.LessonCatalog;
import org.convolve.lti.LtiClaims;

/** The pages a launch leads to: the lesson for learners, the class view for instructors. */
final class PageController {
    private final SessionResolver sessions;
    private final Templates templates;
    private final LessonCatalog lessons;
    private final ClassRoster roster;
    private final InstructorGradeSync gradeSync;
    private final CourseMembers members;

    PageController(SessionResolver sessions, Templates templates, LessonCatalog lessons, ClassRoster roster,
                   InstructorGradeSync gradeSync, CourseMembers members) {
        this.sessions = sessions;
        this.templates = templates;
        this.lessons = lessons;
        this.roster = roster;
        this.gradeSync = gradeSync;
        this.members = members;
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
        ctx.html(templates.render("lesson", LessonPageModel.of(lessonOf(session), sessions.model(session))));
    }

    void instructor(Context ctx) {
        LaunchSession session = sessions.instructor(ctx);
        List<ClassRoster.Learner> learners = roster.learnersOf(session.launch());
        CourseMembers.Roster course = members.of(session.launch(),
                learners.stream().map(ClassRoster.Learner::subject).collect(Collectors.toSet()));
        ctx.html(templates.render("instructor", Map.of(
                "session", sessions.model(session),
                "lesson", lessonOf(session),
                "learners", learners,
                "gradeSync", gradeSync.rows(session),
                "members", course.members(),
                "membersProblem", course.problem().orElse(""))));
    }

    /** A link may name its lesson with the custom parameter {@code lesson}; otherwise the first lesson is used. */
    private Lesson lessonOf(LaunchSession session) {
        String wanted = session.launch().custom().get("lesson");
        return wanted == null ? lessons.all().get(0) : lessons.find(wanted).orElseThrow(() -> new HttpProblem(404,
                "Lesson not found", "This link asks for the lesson '" + wanted + "', which this tool does not have.",
                "Ask your instructor to check the link's custom parameters."));
    }
}

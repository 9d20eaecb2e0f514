package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.convolve.lesson.Activity;
import org.convolve.lesson.Lesson;
import org.convolve.lti.LtiClaims;
import org.convolve.progress.AnswerRecorder;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.LessonProgress;

/** The pages a launch leads to: the lesson for learners, the class view for instructors. */
final class PageController {
    private static final String LESSON = "/lesson";

    private final SessionResolver sessions;
    private final Templates templates;
    private final SessionLessons lessons;
    private final ClassRoster roster;
    private final AnswerRecorder progress;
    private final LessonPage lessonPage;
    private final InstructorGradeSync gradeSync;
    private final CourseMembers members;
    private final InstructorClassStats classStats;

    PageController(SessionResolver sessions, Templates templates, SessionLessons lessons, ClassRoster roster,
                   AnswerRecorder progress, LessonPage lessonPage, InstructorGradeSync gradeSync,
                   CourseMembers members, InstructorClassStats classStats) {
        this.sessions = sessions;
        this.templates = templates;
        this.lessons = lessons;
        this.roster = roster;
        this.progress = progress;
        this.lessonPage = lessonPage;
        this.gradeSync = gradeSync;
        this.members = members;
        this.classStats = classStats;
    }

    /** A session's own address: sends each role to its first page. */
    void landing(Context ctx) {
        ctx.redirect(firstPageOf(sessions.learnerOrInstructor(ctx)), HttpStatus.SEE_OTHER);
    }

    /**
     * The answer to a launch: a learner's lesson is sent at once, which saves the learner a round
     * trip (the page then shows the session's own address, so a reload does not post the used
     * launch again). Instructors and deep linking are sent to their first page, and so is a learner
     * whose lesson cannot be shown: its error page then stands at an address a reload can retry.
     */
    void afterLaunch(Context ctx, LaunchSession session) {
        String firstPage = firstPageOf(session);
        if (firstPage.endsWith(LESSON)) {
            try {
                LaunchSession placed = sessions.placed(session);
                Lesson lesson = lessons.of(placed);
                LessonProgress saved = savedProgress(placed, lesson);
                ctx.contentType(LessonPage.CONTENT_TYPE)
                        .result(lessonPage.renderAsLaunchAnswer(sessions.model(placed), lesson, saved));
                return;
            } catch (RuntimeException cannotShowItHere) {
                // The lesson's own address shows why, through the usual error pages.
            }
        }
        ctx.redirect(firstPage, HttpStatus.SEE_OTHER);
    }

    private LessonProgress savedProgress(LaunchSession session, Lesson lesson) {
        return progress.load(LearnerKey.of(session.launch(), lesson.id()));
    }

    static String firstPageOf(LaunchSession session) {
        String base = "/s/" + session.handle();
        if (LtiClaims.DEEP_LINKING_REQUEST.equals(session.launch().messageType())) {
            return base + "/deep-link";
        }
        return session.isInstructor() ? base + "/instructor" : base + LESSON;
    }

    void lesson(Context ctx) {
        LaunchSession session = sessions.placed(ctx);
        Lesson lesson = lessons.of(session);
        LessonProgress saved = savedProgress(session, lesson);
        byte[] page = lessonPage.render(sessions.model(session), lesson, saved, Optional.empty());
        ctx.contentType(LessonPage.CONTENT_TYPE).result(page);
    }

    /** The learner's own XP as JSON, for scripts and checks; it shows nothing the lesson page does not. */
    void progress(Context ctx) {
        LaunchSession session = sessions.placed(ctx);
        Lesson lesson = lessons.of(session);
        LessonProgress saved = savedProgress(session, lesson);
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
        LaunchSession session = sessions.placedInstructor(ctx);
        Lesson lesson = lessons.of(session);
        List<ClassRoster.Learner> learners = roster.learnersOf(session.launch());
        CourseMembers.Roster course = members.of(session.launch(),
                learners.stream().map(ClassRoster.Learner::subject).collect(Collectors.toSet()));
        InstructorGradeSync.Table grades = gradeSync.read(session);
        Map<String, Object> model = new HashMap<>(Map.of(
                "session", sessions.model(session),
                "lesson", lesson,
                "learners", learners,
                "stats", classStats.model(session, lesson),
                "gradeSync", grades.rows(),
                "members", course.members(),
                "membersProblem", course.problem().orElse("")));
        model.put("gradeSyncAsOf", grades.asOf());
        String sent = ctx.queryParam("sent");
        // Said again on a reload of the same address, so it follows the score's state.
        grades.rows().stream().filter(row -> String.valueOf(row.get("id")).equals(sent)).findFirst().ifPresent(row ->
                model.put("sentAgain", row.get("learner") + "'s score for “" + row.get("column") + "” "
                        + ("delivered".equals(row.get("state")) ? "was sent again and has arrived."
                        : "is queued and will be sent again in a moment.")));
        ctx.html(templates.render("instructor", model));
    }
}

package org.convolve.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.convolve.gradesync.CourseKey;
import org.convolve.gradesync.ScoreOutbox;

/** The instructor's "send again" for one learner's score. */
final class GradeSyncController {
    private final SessionResolver sessions;
    private final ScoreOutbox outbox;

    GradeSyncController(SessionResolver sessions, ScoreOutbox outbox) {
        this.sessions = sessions;
        this.outbox = outbox;
    }

    void sendAgain(Context ctx) {
        LaunchSession session = sessions.placedInstructor(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("'" + ctx.pathParam("id") + "' is not a score number.");
        }
        CourseKey course = CourseKey.of(session.launch()).orElseThrow(() -> HttpProblem.badRequest(
                "This launch has no course, so it has no grades to send."));
        long copy = outbox.sendAgain(course, id).orElseThrow(() -> new HttpProblem(404, "Score not found",
                "There is no score " + id + " in this course.", null));
        // The page says which score was queued again, so the instructor sees the press took.
        // The fragment moves focus to the notice, so a screen reader reads it: a status message already
        // in a page that loads is not announced.
        ctx.redirect("/s/" + session.handle() + "/instructor?sent=" + copy + "#sent-notice", HttpStatus.SEE_OTHER);
    }
}

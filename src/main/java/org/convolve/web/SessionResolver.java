package org.convolve.web;

import io.javalin.http.Context;
import org.convolve.lti.LtiClaims;

/** Finds the launch session named by the {handle} path segment, or refuses the request. */
final class SessionResolver {
    private final LaunchSessionStore sessions;
    private final CsrfGuard csrf;

    SessionResolver(LaunchSessionStore sessions, CsrfGuard csrf) {
        this.sessions = sessions;
        this.csrf = csrf;
    }

    /** What a page may show of its session, including the token its forms must post back. */
    SessionModel model(LaunchSession session) {
        return SessionModel.of(session, csrf.token(session));
    }

    /**
     * Runs before every handler under /s/{handle}/: a POST must name a live session (else 401, which
     * tells a learner more than a token error would) and carry that session's CSRF token (else 403).
     */
    void checkPost(Context ctx) {
        if ("POST".equalsIgnoreCase(ctx.method().name())) {
            csrf.check(ctx, learnerOrInstructor(ctx));
        }
    }

    LaunchSession learnerOrInstructor(Context ctx) {
        return sessions.find(ctx.pathParam("handle")).orElseThrow(HttpProblem::sessionNotFound);
    }

    LaunchSession instructor(Context ctx) {
        return instructorOnly(learnerOrInstructor(ctx));
    }

    /**
     * A session launched from a link placed in a course: the lesson, its answers and its class view
     * belong to that placement. A deep-linking session has no placement (no resource link), so
     * its progress would be filed under no link at all, shared by every course.
     */
    LaunchSession placed(Context ctx) {
        return placed(learnerOrInstructor(ctx));
    }

    LaunchSession placed(LaunchSession session) {
        if (!LtiClaims.RESOURCE_LINK_REQUEST.equals(session.launch().messageType())
                || session.launch().resourceLink().isEmpty()) {
            throw HttpProblem.forbidden("This session was opened to add content to the course, not to work"
                    + " through a lesson. Open the link from your course to see the lesson.");
        }
        return session;
    }

    LaunchSession placedInstructor(Context ctx) {
        return instructorOnly(placed(ctx));
    }

    private static LaunchSession instructorOnly(LaunchSession session) {
        if (!session.isInstructor()) {
            throw HttpProblem.forbidden("This page is for the course's instructors only.");
        }
        return session;
    }
}

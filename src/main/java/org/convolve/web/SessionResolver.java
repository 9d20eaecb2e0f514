package org.convolve.web;

import io.javalin.http.Context;

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
        LaunchSession session = learnerOrInstructor(ctx);
        if (!session.isInstructor()) {
            throw HttpProblem.forbidden("This page is for the course's instructors only.");
        }
        return session;
    }
}

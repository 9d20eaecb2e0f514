package org.convolve.web;

import io.javalin.http.Context;

/** Finds the launch session named by the {handle} path segment, or refuses the request. */
final class SessionResolver {
    private final LaunchSessionStore sessions;

    SessionResolver(LaunchSessionStore sessions) {
        this.sessions = sessions;
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

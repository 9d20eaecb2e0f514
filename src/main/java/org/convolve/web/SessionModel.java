package org.convolve.web;

import org.convolve.lti.launch.LtiLaunch;

/**
 * What templates may show about the current session. {@code alsoLearner}: an instructor whose
 * course also lists them as a learner, whose answers the gradebook does get.
 */
record SessionModel(String handle, String base, String name, boolean instructor, boolean alsoLearner,
                    String courseTitle, String csrf) {

    static SessionModel of(LaunchSession session, String csrfToken) {
        LtiLaunch launch = session.launch();
        return new SessionModel(
                session.handle(),
                "/s/" + session.handle(),
                session.displayName(),
                session.isInstructor(),
                launch.roles().isLearner(),
                launch.context().flatMap(LtiLaunch.LaunchContext::title).orElse(null),
                csrfToken);
    }
}

package org.convolve.web;

import java.time.Instant;
import org.convolve.lti.launch.LtiLaunch;

/**
 * What a learner or instructor is after a launch. Pages carry the handle (in the path and in
 * forms), not a cookie, so the session survives browsers that block third-party cookies in iframes.
 */
public record LaunchSession(String handle, LtiLaunch launch, Instant expiresAt) {

    public boolean isInstructor() {
        return launch.roles().isInstructor();
    }

    public String displayName() {
        return launch.name().orElse("Learner");
    }
}

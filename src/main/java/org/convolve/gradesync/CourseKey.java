package org.convolve.gradesync;

import java.util.Optional;
import org.convolve.lti.launch.LtiLaunch;

/**
 * A course as the outbox files scores under it: the platform registration, the deployment and the
 * context id, which LTI makes unique only within a deployment.
 */
public record CourseKey(String issuer, String clientId, String deploymentId, String contextId) {

    /** The course of an instructor's launch; empty for a launch without a context. */
    public static Optional<CourseKey> of(LtiLaunch launch) {
        return launch.context().map(context ->
                new CourseKey(launch.platform().issuer(), launch.platform().clientId(), launch.deploymentId(),
                        context.id()));
    }
}

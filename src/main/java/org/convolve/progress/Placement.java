package org.convolve.progress;

import org.convolve.lti.launch.LtiLaunch;

/**
 * One lesson placed in one course: the resource link a launch came through, and its lesson. LTI
 * makes a resource link's id unique only within its deployment, and nothing stops a platform from
 * reusing one in another course, so the deployment and the course (context) are part of it.
 */
public record Placement(String issuer, String clientId, String deploymentId, String contextId, String resourceLinkId,
                        String lessonId) {

    public static Placement of(LtiLaunch launch, String lessonId) {
        return new Placement(launch.platform().issuer(), launch.platform().clientId(), launch.deploymentId(),
                launch.context().map(LtiLaunch.LaunchContext::id).orElse(""),
                launch.resourceLink().map(LtiLaunch.ResourceLink::id).orElse(""), lessonId);
    }

    /** One learner's progress in this placement. */
    public LearnerKey learner(String subject) {
        return new LearnerKey(this, subject);
    }
}

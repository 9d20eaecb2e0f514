package org.convolve.progress;

import org.convolve.lti.launch.LtiLaunch;

/** One lesson placed in one course: the resource link a launch came through, and its lesson. */
public record Placement(String issuer, String clientId, String resourceLinkId, String lessonId) {

    public static Placement of(LtiLaunch launch, String lessonId) {
        LearnerKey key = LearnerKey.of(launch, lessonId);
        return new Placement(key.issuer(), key.clientId(), key.resourceLinkId(), key.lessonId());
    }
}

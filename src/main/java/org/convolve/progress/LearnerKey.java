package org.convolve.progress;

import org.convolve.lti.launch.LtiLaunch;

/**
 * Whose progress, in which placement of which lesson. The resource link is part of the key, so
 * the same lesson placed twice in a course is two gradebook columns and is graded separately.
 */
public record LearnerKey(String issuer, String clientId, String subject, String resourceLinkId, String lessonId) {

    public static LearnerKey of(LtiLaunch launch, String lessonId) {
        return new LearnerKey(launch.platform().issuer(), launch.platform().clientId(), launch.subject(),
                launch.resourceLink().map(LtiLaunch.ResourceLink::id).orElse(""), lessonId);
    }

    /** Identifies the person across placements, e.g. to keep their matching order stable. */
    public String personId() {
        return issuer + '\n' + clientId + '\n' + subject;
    }
}

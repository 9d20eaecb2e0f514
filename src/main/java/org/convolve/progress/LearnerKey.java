package org.convolve.progress;

import org.convolve.lti.launch.LtiLaunch;

/**
 * Whose progress, in which placement of which lesson. The resource link is part of the key, so
 * the same lesson placed twice in a course is two gradebook columns and is graded separately.
 */
public record LearnerKey(Placement placement, String subject) {

    public static LearnerKey of(LtiLaunch launch, String lessonId) {
        return Placement.of(launch, lessonId).learner(launch.subject());
    }

    /** Identifies the person across placements, e.g. to keep their matching order stable. */
    public String personId() {
        return placement.issuer() + '\n' + placement.clientId() + '\n' + subject;
    }
}

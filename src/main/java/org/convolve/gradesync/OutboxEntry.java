package org.convolve.gradesync;

import java.net.URI;
import java.time.Instant;
import java.util.Optional;
import org.convolve.lti.ags.Score;
import org.convolve.lti.registration.PlatformKey;

/** One row of the outbox: a score and everything needed to deliver it without the launch. */
public record OutboxEntry(
        long id,
        String targetKey,
        PlatformKey platform,
        String deploymentId,
        Optional<String> contextId,
        Optional<String> resourceLinkId,
        String subject,
        Optional<String> learnerName,
        String lessonId,
        Optional<String> activityId,
        String label,
        Optional<URI> lineItem,
        Optional<URI> lineItems,
        java.util.Set<String> scopes,
        double scoreGiven,
        double scoreMaximum,
        Score.ActivityProgress activityProgress,
        Instant scoreTimestamp,
        OutboxState state,
        int attempts,
        Instant nextAttemptAt,
        Optional<Instant> claimedUntil,
        Optional<String> claimToken,
        Optional<Integer> lastStatus,
        Optional<String> lastMessage,
        Optional<Instant> deliveredAt) {

    public Score score() {
        return new Score(subject, scoreGiven, scoreMaximum, activityProgress, scoreTimestamp);
    }

    public String tag() {
        return EarnedScore.tagOf(lessonId, activityId);
    }

    public boolean inDeliveryAt(Instant now) {
        return state == OutboxState.PENDING && claimedUntil.map(now::isBefore).orElse(false);
    }
}

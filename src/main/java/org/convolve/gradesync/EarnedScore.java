package org.convolve.gradesync;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the learner has earned on one graded link: the whole lesson, or one activity when the
 * link was made for it by deep linking. XP go to the gradebook as raw points.
 */
public record EarnedScore(String lessonId, Optional<String> activityId, String label, double xpEarned,
                          double xpAvailable, boolean completed, Instant earnedAt) {

    public EarnedScore {
        Objects.requireNonNull(lessonId, "lessonId");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(earnedAt, "earnedAt");
        if (!(xpAvailable > 0) || xpEarned < 0 || xpEarned > xpAvailable) {
            throw new IllegalArgumentException("XP earned must lie in 0.." + xpAvailable + ", not " + xpEarned);
        }
    }

    public static EarnedScore forLesson(String lessonId, String label, double xpEarned, double xpAvailable,
                                        boolean completed, Instant earnedAt) {
        return new EarnedScore(lessonId, Optional.empty(), label, xpEarned, xpAvailable, completed, earnedAt);
    }

    public static EarnedScore forActivity(String lessonId, String activityId, String label, double xpEarned,
                                          double xpAvailable, boolean completed, Instant earnedAt) {
        return new EarnedScore(lessonId, Optional.of(activityId), label, xpEarned, xpAvailable, completed, earnedAt);
    }

    /** The tag the tool gives line items it creates, and looks for when the launch names none. */
    public String tag() {
        return tagOf(lessonId, activityId);
    }

    public static String tagOf(String lessonId, Optional<String> activityId) {
        return "convolve:" + lessonId + activityId.map(id -> ":" + id).orElse("");
    }
}

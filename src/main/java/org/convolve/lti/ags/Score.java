package org.convolve.lti.ags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * One score for one learner on one line item. The tool only ever sends FullyGraded scores with a
 * scoreGiven: Moodle nulls the grade of any other score, which would blank a grade already given.
 */
public record Score(String userId, double scoreGiven, double scoreMaximum, ActivityProgress activityProgress,
                    Instant timestamp, Optional<CanvasSubmission> submission) {
    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
    /** Canvas's extension of a score; other platforms ignore it. */
    public static final String CANVAS_SUBMISSION = "https://canvas.instructure.com/lti/submission";

    /**
     * Canvas counts every score as a new submission (a new attempt, handed in when it arrives)
     * unless told otherwise: limited-attempt assignments then refuse the next score, and a score
     * delivered after the due date marks the work late. {@code isNew} is for the learner's first
     * score on the item; {@code submittedAt} is when the learner earned it, not when it arrived.
     */
    public record CanvasSubmission(boolean isNew, Instant submittedAt) {
    }
    private static final ObjectMapper JSON = new ObjectMapper();
    // Millisecond precision and a 'Z' zone fit the strict ISO-8601 pattern Moodle checks.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public enum ActivityProgress { Initialized, Started, InProgress, Submitted, Completed }

    public Score(String userId, double scoreGiven, double scoreMaximum, ActivityProgress activityProgress,
                 Instant timestamp) {
        this(userId, scoreGiven, scoreMaximum, activityProgress, timestamp, Optional.empty());
    }

    public Score {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(activityProgress, "activityProgress");
        Objects.requireNonNull(timestamp, "timestamp");
        if (!(scoreMaximum > 0)) {
            throw new IllegalArgumentException("scoreMaximum must be above 0, not " + scoreMaximum);
        }
        if (!(scoreGiven >= 0)) {
            throw new IllegalArgumentException("scoreGiven must be 0 or more, not " + scoreGiven);
        }
    }

    /** The score as the AGS score media type: the only place the tool writes one. */
    public String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("userId", userId);
        node.put("scoreGiven", number(scoreGiven));
        node.put("scoreMaximum", number(scoreMaximum));
        node.put("activityProgress", activityProgress.name());
        node.put("gradingProgress", "FullyGraded");
        node.put("timestamp", TIMESTAMP.format(timestamp));
        submission.ifPresent(canvas -> node.putObject(CANVAS_SUBMISSION)
                .put("new_submission", canvas.isNew())
                .put("submitted_at", TIMESTAMP.format(canvas.submittedAt())));
        return node.toString();
    }

    public Score with(CanvasSubmission canvas) {
        return new Score(userId, scoreGiven, scoreMaximum, activityProgress, timestamp, Optional.of(canvas));
    }

    /** 5 rather than 5.0: some gradebooks show the number as sent. */
    private static BigDecimal number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}

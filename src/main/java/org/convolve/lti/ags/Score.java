package org.convolve.lti.ags;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One score for one learner on one line item. The tool only ever sends FullyGraded scores with a
 * scoreGiven: Moodle nulls the grade of any other score, which would blank a grade already given.
 */
public record Score(String userId, double scoreGiven, double scoreMaximum, ActivityProgress activityProgress,
                    Instant timestamp) {
    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    // Millisecond precision and a 'Z' zone fit the strict ISO-8601 pattern Moodle checks.
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    public enum ActivityProgress { Initialized, Started, InProgress, Submitted, Completed }

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
        return node.toString();
    }

    /** 5 rather than 5.0: some gradebooks show the number as sent. */
    private static BigDecimal number(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0) : decimal;
    }
}

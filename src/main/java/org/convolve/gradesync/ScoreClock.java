package org.convolve.gradesync;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.convolve.storage.UniqueViolation;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Gives each score for a (line item, learner) a timestamp at least one whole second after the
 * previous one: Moodle keeps whole seconds and refuses equal or older, Canvas refuses older. The
 * clock row is locked until the caller's transaction ends, so concurrent scores queue up.
 */
final class ScoreClock {
    private static final String ADVANCE = "UPDATE score_clock SET last_timestamp ="
            + " CASE WHEN last_timestamp + 1000 > :event THEN last_timestamp + 1000 ELSE :event END"
            + " WHERE target_key = :key";

    private ScoreClock() {
    }

    /**
     * The timestamp for a new score: the event's own time unless that would not move forward.
     * {@code firstForTarget} is true when no score for this target was ever queued, so there is
     * nothing older to supersede.
     */
    record Stamp(Instant timestamp, boolean firstForTarget) {
    }

    static Stamp next(Handle handle, String targetKey, Instant eventTime) {
        long event = eventTime.truncatedTo(ChronoUnit.SECONDS).toEpochMilli();
        Optional<Long> advanced = advance(handle, targetKey, event);
        if (advanced.isPresent()) {
            return new Stamp(Instant.ofEpochMilli(advanced.get()), false);
        }
        // First score for this target. A concurrent first score may insert the same key: the
        // savepoint keeps the caller's transaction usable (PostgreSQL aborts it otherwise).
        handle.savepoint("score_clock");
        try {
            handle.createUpdate("INSERT INTO score_clock (target_key, last_timestamp) VALUES (:key, :event)")
                    .bind("key", targetKey).bind("event", event).execute();
            handle.releaseSavepoint("score_clock");
            return new Stamp(Instant.ofEpochMilli(event), true);
        } catch (UnableToExecuteStatementException e) {
            if (!UniqueViolation.causedBy(e)) {
                throw e;
            }
            handle.rollbackToSavepoint("score_clock");
            return new Stamp(Instant.ofEpochMilli(advance(handle, targetKey, event).orElseThrow()), false);
        }
    }

    /**
     * Moves the target's clock on and reads it back in the same statement (the driver's generated
     * keys: RETURNING on PostgreSQL, the updated row on H2); empty when the target has no clock yet.
     */
    private static Optional<Long> advance(Handle handle, String targetKey, long event) {
        return handle.createUpdate(ADVANCE).bind("key", targetKey).bind("event", event)
                .executeAndReturnGeneratedKeys("last_timestamp")
                .mapTo(Long.class)
                .findOne();
    }
}

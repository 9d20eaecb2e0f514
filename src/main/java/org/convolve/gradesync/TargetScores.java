package org.convolve.gradesync;

import org.jdbi.v3.core.Handle;

/**
 * What the outbox holds for a score's learner and line item besides the score itself, read in one
 * statement when the score is claimed. Each question stops at its first row (the target's indexes
 * lead to it), as a learner who comes back keeps adding delivered rows that a count would read.
 *
 * @param inFlight        another worker is delivering a score for this target: never two at once
 * @param overtaken       a newer score for this target is queued or delivered
 * @param deliveredBefore the platform already has a score for this target (Canvas then updates its
 *                        submission rather than starting a new one)
 */
record TargetScores(boolean inFlight, boolean overtaken, boolean deliveredBefore) {
    private static final String QUERY = "SELECT"
            + " EXISTS (SELECT 1 FROM score_outbox WHERE target_key = :target AND id <> :id"
            + " AND state = 'PENDING' AND claimed_until >= :now),"
            + " EXISTS (SELECT 1 FROM score_outbox WHERE target_key = :target"
            + " AND score_timestamp > :timestamp AND state IN ('PENDING', 'DELIVERED')),"
            + " EXISTS (SELECT 1 FROM score_outbox WHERE target_key = :target AND state = 'DELIVERED')";

    static TargetScores of(Handle handle, OutboxEntry entry, long now) {
        return handle.createQuery(QUERY)
                .bind("target", entry.targetKey()).bind("id", entry.id()).bind("now", now)
                .bind("timestamp", entry.scoreTimestamp().toEpochMilli())
                .map((rs, ctx) -> new TargetScores(rs.getBoolean(1), rs.getBoolean(2), rs.getBoolean(3)))
                .one();
    }
}

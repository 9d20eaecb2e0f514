package org.convolve.gradesync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The worker's side of the outbox. A claim is a lease written in a short transaction (the row
 * is locked only while the lease is written, with SKIP LOCKED so instances pass each other by);
 * a worker killed mid-delivery holds nothing, and its rows come back when the lease runs out.
 * Every completion names the claim, so a worker whose lease was taken over changes nothing.
 */
final class OutboxQueue {
    private static final String DUE = "o.state = 'PENDING' AND o.next_attempt_at <= :now"
            + " AND (o.claimed_until IS NULL OR o.claimed_until < :now)";
    /**
     * The first due rows in the due index's order, read without locks: with FOR UPDATE, H2 reads
     * every pending row before it applies the limit (40,029 rows for 5 in a lecture hall's
     * backlog), so delivery fell further behind the more it had to do.
     */
    private static final String DUE_CANDIDATES = "SELECT o.id FROM score_outbox o WHERE " + DUE
            + " ORDER BY o.state, o.next_attempt_at, o.id FETCH FIRST :max ROWS ONLY";
    /**
     * Locks the candidates another worker does not hold. By id only: with the due conditions here
     * too, H2 scans the due index again instead of looking the ids up; {@link #stillDue} checks them.
     */
    private static final String LOCK_CANDIDATES = "SELECT * FROM score_outbox o WHERE o.id IN (<ids>)"
            + " FOR UPDATE SKIP LOCKED";
    /** Candidates per row wanted, as some are skipped: locked elsewhere, or a second score for one target. */
    private static final int CANDIDATES_PER_CLAIM = 4;

    private final Jdbi jdbi;
    private final Clock clock;
    private final Duration lease;

    OutboxQueue(Jdbi jdbi, Clock clock, Duration lease) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.lease = lease;
    }

    /** Claims the next due score, marking on the way any due score a newer one has overtaken. */
    Optional<ClaimedScore> claimNext() {
        return claimDue(1).stream().findFirst();
    }

    /**
     * Claims up to {@code max} due scores in one transaction, at most one per learner and line
     * item, so that the search for due rows is paid once per batch rather than once per score.
     * Scores overtaken by a newer one for the same target are marked superseded instead.
     */
    List<ClaimedScore> claimDue(int max) {
        while (true) {
            Batch batch = jdbi.inTransaction(handle -> claimBatch(handle, max));
            if (!batch.claimed().isEmpty() || !batch.skippedSuperseded()) {
                return batch.claimed();
            }
        }
    }

    private record Batch(List<ClaimedScore> claimed, boolean skippedSuperseded) {
    }

    private Batch claimBatch(Handle handle, int max) {
        long now = clock.millis();
        int wanted = Math.max(1, max);
        List<Long> candidates = handle.createQuery(DUE_CANDIDATES.replace(":max",
                        String.valueOf(wanted * CANDIDATES_PER_CLAIM)))
                .bind("now", now).mapTo(Long.class).list();
        if (candidates.isEmpty()) {
            return new Batch(List.of(), false);
        }
        Map<Long, OutboxEntry> locked = new HashMap<>();
        for (OutboxEntry entry : handle.createQuery(LOCK_CANDIDATES).bindList("ids", candidates)
                .map(OutboxRows.INSTANCE).list()) {
            locked.put(entry.id(), entry);
        }
        List<OutboxEntry> due = candidates.stream().map(locked::get)
                .filter(entry -> entry != null && stillDue(entry, now)).toList();
        Set<String> targets = new HashSet<>();
        List<ClaimedScore> claimed = new ArrayList<>();
        boolean skipped = false;
        for (OutboxEntry entry : due) {
            if (claimed.size() == wanted) {
                break;
            }
            if (!targets.add(entry.targetKey())) {
                continue;
            }
            TargetScores others = TargetScores.of(handle, entry, now);
            if (others.inFlight()) {
                continue;
            }
            if (others.overtaken()) {
                handle.createUpdate("UPDATE score_outbox SET state = 'SUPERSEDED', updated_at = :now, last_message = :why"
                                + " WHERE id = :id")
                        .bind("now", now).bind("id", entry.id())
                        .bind("why", "A newer score for this learner and line item was queued before this one was delivered.")
                        .execute();
                skipped = true;
                continue;
            }
            claim(handle, entry, now).ifPresent(lease -> claimed.add(new ClaimedScore(lease, !others.deliveredBefore())));
        }
        return new Batch(claimed, skipped);
    }

    /** Whether a locked candidate is due as the candidate query found it; another worker may have claimed it since. */
    private static boolean stillDue(OutboxEntry entry, long now) {
        return entry.state() == OutboxState.PENDING && entry.nextAttemptAt().toEpochMilli() <= now
                && entry.claimedUntil().map(until -> until.toEpochMilli() < now).orElse(true);
    }

    /** Empty when the row is no longer free to claim: the lock is the guard, this the second one. */
    private Optional<OutboxEntry> claim(Handle handle, OutboxEntry entry, long now) {
        String token = UUID.randomUUID().toString();
        long until = now + lease.toMillis();
        int updated = handle.createUpdate("UPDATE score_outbox SET claimed_until = :until, claim_token = :token,"
                        + " attempts = attempts + 1, updated_at = :now WHERE id = :id AND state = 'PENDING'"
                        + " AND (claimed_until IS NULL OR claimed_until < :now)")
                .bind("until", until).bind("token", token).bind("now", now).bind("id", entry.id())
                .execute();
        if (updated == 0) {
            return Optional.empty();
        }
        return Optional.of(new OutboxEntry(entry.id(), entry.targetKey(), entry.platform(),
                entry.deploymentId(), entry.contextId(), entry.resourceLinkId(), entry.subject(), entry.learnerName(),
                entry.lessonId(), entry.activityId(), entry.label(), entry.lineItem(), entry.lineItems(),
                entry.scopes(), entry.scoreGiven(), entry.scoreMaximum(), entry.activityProgress(),
                entry.scoreTimestamp(), entry.state(), entry.attempts() + 1, entry.nextAttemptAt(),
                Optional.of(Instant.ofEpochMilli(until)), Optional.of(token), entry.lastStatus(), entry.lastMessage(),
                entry.deliveredAt()));
    }

    boolean delivered(OutboxEntry claimed, int status) {
        long now = clock.millis();
        return complete(claimed, "state = 'DELIVERED', delivered_at = :now, last_status = :status, last_message = NULL",
                now, status, null, now);
    }

    boolean retryLater(OutboxEntry claimed, Integer status, String message, Instant nextAttempt) {
        return complete(claimed, "next_attempt_at = :next, last_status = :status, last_message = :message",
                clock.millis(), status, message, nextAttempt.toEpochMilli());
    }

    boolean refused(OutboxEntry claimed, Integer status, String message) {
        return complete(claimed, "state = 'REFUSED', last_status = :status, last_message = :message",
                clock.millis(), status, message, 0);
    }

    boolean superseded(OutboxEntry claimed, Integer status, String message) {
        return complete(claimed, "state = 'SUPERSEDED', last_status = :status, last_message = :message",
                clock.millis(), status, message, 0);
    }

    /** Remembers the line item found for a score, so a retry does not look for it again. */
    void lineItemFound(OutboxEntry claimed, URI lineItem) {
        jdbi.useHandle(handle -> handle.createUpdate("UPDATE score_outbox SET line_item_url = :item"
                        + " WHERE id = :id AND claim_token = :token")
                .bind("item", lineItem.toString()).bind("id", claimed.id())
                .bind("token", claimed.claimToken().orElse("")).execute());
    }

    /** True when the platform already has a score of this learner for this column. */
    boolean deliveredBefore(OutboxEntry entry) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM score_outbox"
                        + " WHERE target_key = :target AND state = 'DELIVERED' FETCH FIRST 1 ROWS ONLY")
                .bind("target", entry.targetKey()).mapTo(Long.class).findOne().isPresent());
    }

    /** True when a newer score for the same target is queued or delivered. */
    boolean overtaken(OutboxEntry entry) {
        return jdbi.withHandle(handle -> TargetScores.of(handle, entry, clock.millis()).overtaken());
    }

    private boolean complete(OutboxEntry claimed, String set, long now, Integer status, String message, long next) {
        String text = message == null ? null : message.length() > 1900 ? message.substring(0, 1900) + "…" : message;
        return jdbi.withHandle(handle -> handle.createUpdate("UPDATE score_outbox SET " + set
                        + ", claimed_until = NULL, claim_token = NULL, updated_at = :now"
                        + " WHERE id = :id AND claim_token = :token")
                .bind("now", now)
                .bind("status", status)
                .bind("message", text)
                .bind("next", next)
                .bind("id", claimed.id())
                .bind("token", claimed.claimToken().orElse(""))
                .execute() == 1);
    }
}

package org.convolve.gradesync;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers due scores on a few threads (see {@link GradeSyncSettings#deliveryThreads()}), each
 * claiming a small batch and sending it one score after another, then sleeping for the poll
 * interval once nothing is due. Any number of instances may run against one database.
 */
public final class GradeSyncWorker implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GradeSyncWorker.class);
    private static final int MAX_BATCH = 20;

    private final OutboxQueue queue;
    private final GradeDelivery delivery;
    private final RetryPolicy retries;
    private final GradeSyncMetrics metrics;
    private final Clock clock;
    private final GradeSyncSettings settings;
    /**
     * Claims in this instance are made one at a time, so that two of its threads never hold
     * scores for the same learner and line item (another instance can, rarely; see OutboxQueue).
     */
    private final Object claiming = new Object();
    private ScheduledExecutorService executor;

    GradeSyncWorker(OutboxQueue queue, GradeDelivery delivery, RetryPolicy retries, GradeSyncMetrics metrics,
                    Clock clock, GradeSyncSettings settings) {
        this.queue = queue;
        this.delivery = delivery;
        this.retries = retries;
        this.metrics = metrics;
        this.clock = clock;
        this.settings = settings;
    }

    public synchronized void start() {
        if (executor != null) {
            return;
        }
        AtomicInteger threads = new AtomicInteger();
        executor = Executors.newScheduledThreadPool(settings.deliveryThreads(), runnable -> {
            Thread thread = new Thread(runnable, "grade-sync-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (int i = 0; i < settings.deliveryThreads(); i++) {
            executor.scheduleWithFixedDelay(this::runSafely, 0, settings.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Stops after the delivery in progress, if any; unfinished rows stay in the outbox for the next start. */
    @Override
    public synchronized void close() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(settings.requestTimeout().toMillis() * 2 + 1000, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    private void runSafely() {
        try {
            deliverDue();
        } catch (RuntimeException e) {
            // Most often the database is briefly unreachable; the next poll tries again.
            LOG.warn("Grade sync could not run this round: {}", e.toString());
        }
    }

    /** Delivers every score due now; returns how many attempts were made. */
    public int deliverDue() {
        int attempts = 0;
        while (running()) {
            List<ClaimedScore> claimed;
            synchronized (claiming) {
                claimed = queue.claimDue(batchSize());
            }
            if (claimed.isEmpty()) {
                break;
            }
            for (ClaimedScore score : claimed) {
                // A batch may outlive a lease when the platform hangs; a row another worker may now
                // hold is left to that worker rather than sent twice.
                if (!running() || score.entry().claimedUntil().map(until -> !clock.instant().isBefore(until))
                        .orElse(true)) {
                    continue;
                }
                deliverOne(score);
                attempts++;
            }
        }
        return attempts;
    }

    private boolean running() {
        return !Thread.currentThread().isInterrupted() && (executor == null || !executor.isShutdown());
    }

    /** As many rows as surely fit in one lease even if every call waits for its full timeout. */
    private int batchSize() {
        long perCall = Math.max(1, settings.requestTimeout().toMillis() * 2);
        return (int) Math.max(1, Math.min(MAX_BATCH, settings.lease().toMillis() / perCall - 1));
    }

    /** One attempt at a score already claimed, without recording its outcome: for tests that hold claims of their own. */
    DeliveryOutcome send(ClaimedScore score) {
        return delivery.deliver(score);
    }

    private void deliverOne(ClaimedScore score) {
        OutboxEntry entry = score.entry();
        DeliveryOutcome outcome = delivery.deliver(score);
        if (outcome instanceof DeliveryOutcome.Delivered delivered) {
            if (queue.delivered(entry, delivered.status())) {
                metrics.delivered();
            }
        } else if (outcome instanceof DeliveryOutcome.TryAgain again) {
            if (queue.retryLater(entry, again.status(), again.reason(),
                    retries.next(clock.instant(), entry.attempts(), again.retryAfter()))) {
                metrics.retried();
            }
            LOG.info("Score #{} for {} will be tried again: {}", entry.id(), entry.platform(), again.reason());
        } else if (outcome instanceof DeliveryOutcome.Refused refused) {
            // A platform refusing an older timestamp after a newer score went through is no refusal.
            if (queue.overtaken(entry)) {
                queue.superseded(entry, refused.status(), refused.reason());
            } else if (queue.refused(entry, refused.status(), refused.reason())) {
                metrics.refused();
                LOG.warn("Score #{} for {} was refused: {}", entry.id(), entry.platform(), refused.reason());
            }
        }
    }
}

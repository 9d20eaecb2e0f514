package org.convolve.gradesync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.jdbi.v3.core.Jdbi;

/**
 * Grade-sync meters. The pending gauge counts the shared outbox, so every instance reports the
 * same figure; the counters count what this instance did.
 */
public final class GradeSyncMetrics {
    private final Counter delivered;
    private final Counter refused;
    private final Counter retries;
    private final Counter resent;
    private final Counter tokenFetches;

    public GradeSyncMetrics(MeterRegistry registry, Jdbi jdbi) {
        Gauge.builder("convolve.scores.pending", jdbi, GradeSyncMetrics::pending)
                .description("Scores waiting to reach the gradebook")
                .strongReference(true)
                .register(registry);
        delivered = Counter.builder("convolve.scores.delivered").description("Scores the gradebook took")
                .register(registry);
        refused = Counter.builder("convolve.scores.refused")
                .description("Scores the gradebook refused for good (kept for the instructor)").register(registry);
        retries = Counter.builder("convolve.scores.retries")
                .description("Delivery attempts that will be tried again").register(registry);
        resent = Counter.builder("convolve.scores.resent").description("Scores an instructor sent again")
                .register(registry);
        tokenFetches = Counter.builder("convolve.ags.token.fetches")
                .description("Access tokens requested from platforms").register(registry);
    }

    void delivered() {
        delivered.increment();
    }

    void refused() {
        refused.increment();
    }

    void retried() {
        retries.increment();
    }

    void resent() {
        resent.increment();
    }

    public void tokenFetched() {
        tokenFetches.increment();
    }

    private static double pending(Jdbi jdbi) {
        try {
            return jdbi.withHandle(handle -> handle.createQuery(
                    "SELECT COUNT(*) FROM score_outbox WHERE state = 'PENDING'").mapTo(Long.class).one());
        } catch (RuntimeException databaseDown) {
            return Double.NaN;
        }
    }
}

package org.convolve.gradesync;

import java.time.Duration;
import java.util.Map;
import org.convolve.settings.EnvironmentNumbers;
import org.convolve.settings.EnvironmentWords;
import org.convolve.settings.InvalidSetting;

/**
 * How the grade-sync worker paces itself. The lease must outlast one delivery (token fetch and
 * score post, each with a retry after a 401, all bounded by the request timeout).
 * {@code deliveryThreads} scores are in flight at once at most: Canvas's rate limit lets one token
 * hold a few calls at a time (each pays an upfront 50 of its 700 units), and a lecture hall's
 * scores would wait in line behind each round trip otherwise.
 */
public record GradeSyncSettings(boolean enabled, Duration pollInterval, Duration lease, Duration retryBase,
                                Duration retryMax, Duration connectTimeout, Duration requestTimeout,
                                int deliveryThreads) {
    static final int MAX_DELIVERY_THREADS = 16;

    public GradeSyncSettings {
        if (deliveryThreads < 1 || deliveryThreads > MAX_DELIVERY_THREADS) {
            throw new InvalidSetting("Grade sync needs 1 to " + MAX_DELIVERY_THREADS
                    + " delivery threads, not " + deliveryThreads + ".");
        }
        Duration worstDelivery = requestTimeout.plus(connectTimeout).multipliedBy(4);
        if (lease.compareTo(worstDelivery) <= 0) {
            throw new InvalidSetting("The grade-sync lease (" + lease.toSeconds()
                    + " s) must be longer than a whole delivery can take (" + worstDelivery.toSeconds() + " s).");
        }
    }

    public static GradeSyncSettings defaults() {
        return from(Map.of());
    }

    public static GradeSyncSettings from(Map<String, String> env) {
        return new GradeSyncSettings(
                EnvironmentWords.flag(env, "CONVOLVE_GRADESYNC_ENABLED", true),
                Duration.ofMillis(EnvironmentNumbers.positive(env, "CONVOLVE_GRADESYNC_POLL_MILLIS", 1000)),
                Duration.ofSeconds(EnvironmentNumbers.positive(env, "CONVOLVE_GRADESYNC_LEASE_SECONDS", 120)),
                Duration.ofMillis(EnvironmentNumbers.positive(env, "CONVOLVE_GRADESYNC_RETRY_BASE_MILLIS", 250)),
                Duration.ofSeconds(EnvironmentNumbers.positive(env, "CONVOLVE_GRADESYNC_RETRY_MAX_SECONDS", 300)),
                Duration.ofSeconds(5),
                Duration.ofSeconds(EnvironmentNumbers.positive(env, "CONVOLVE_SERVICE_TIMEOUT_SECONDS", 10)),
                (int) EnvironmentNumbers.positive(env, "CONVOLVE_GRADESYNC_THREADS", 4));
    }
}

package org.convolve.gradesync;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Exponential backoff with a cap and some jitter (so many instances do not retry in step). A
 * platform's Retry-After wins when it asks for a longer wait. There is no last attempt: a score
 * keeps waiting, visibly, until the platform takes it or an instructor sees why it cannot.
 */
final class RetryPolicy {
    private static final int FAST_RETRIES = 4;
    private final Duration base;
    private final Duration max;

    RetryPolicy(Duration base, Duration max) {
        this.base = base;
        this.max = max;
    }

    Instant next(Instant now, int attempts, Optional<Duration> retryAfter) {
        Duration backoff = backoff(attempts);
        long jitter = ThreadLocalRandom.current().nextLong(Math.max(1, backoff.toMillis() / 5) + 1);
        Duration wait = backoff.plusMillis(jitter);
        if (retryAfter.isPresent() && retryAfter.get().compareTo(wait) > 0) {
            // A platform that asks for hours still gets asked again within the hour.
            wait = retryAfter.get().compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : retryAfter.get();
        }
        return now.plus(wait);
    }

    /**
     * Most failures are a blip (a restart, a busy second), so the first four retries all come after
     * the base wait; from then on the wait doubles, up to the maximum. With only two, a platform
     * failing one answer in five left about one burst of 1,000 scores in three with a score that
     * failed five times in a row and waited out 4 s of doubling, and one in sixteen with 8 s.
     */
    Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(0, attempts - FAST_RETRIES), 20);
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}

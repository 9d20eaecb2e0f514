package org.convolve.gradesync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(Duration.ofMillis(250), Duration.ofMinutes(5));

    @Test
    void retriesFourTimesAfterTheBaseWaitThenDoubles() {
        for (int attempts = 1; attempts <= 4; attempts++) {
            assertEquals(Duration.ofMillis(250), policy.backoff(attempts), "after attempt " + attempts);
        }
        assertEquals(Duration.ofMillis(500), policy.backoff(5));
        assertEquals(Duration.ofMillis(1000), policy.backoff(6));
        assertEquals(Duration.ofMillis(2000), policy.backoff(7));
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertEquals(Duration.ofMinutes(5), policy.backoff(20));
        assertEquals(Duration.ofMinutes(5), policy.backoff(Integer.MAX_VALUE));
    }

    @Test
    void addsAtMostAFifthOfTheWaitAsJitter() {
        for (int i = 0; i < 200; i++) {
            Duration wait = Duration.between(NOW, policy.next(NOW, 6, Optional.empty()));
            assertTrue(wait.compareTo(Duration.ofMillis(1000)) >= 0 && wait.compareTo(Duration.ofMillis(1200)) <= 0,
                    wait.toString());
        }
    }

    @Test
    void honoursALongerRetryAfterButAsksAgainWithinTheHour() {
        assertEquals(NOW.plusSeconds(120), policy.next(NOW, 1, Optional.of(Duration.ofSeconds(120))));
        assertEquals(NOW.plus(Duration.ofHours(1)), policy.next(NOW, 1, Optional.of(Duration.ofHours(6))));
    }
}

package org.convolve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradeSyncWordsTest {
    private static String lastTry(Integer status, String message) {
        return GradeSyncWords.lastTry(Optional.ofNullable(status), Optional.ofNullable(message)).orElseThrow();
    }

    @Test
    void saysWhatAPlatformsAnswerMeansBeforeQuotingIt() {
        assertEquals("the gradebook asked Convolve to slow down (HTTP 429: Too many requests)",
                lastTry(429, "HTTP 429: Too many requests"));
        assertEquals("the gradebook asked Convolve to slow down (HTTP 403: 403 Forbidden (Rate Limit Exceeded))",
                lastTry(403, "HTTP 403: 403 Forbidden (Rate Limit Exceeded)"));
        assertEquals("the platform no longer has this gradebook column (HTTP 404: gone)", lastTry(404, "HTTP 404: gone"));
        assertEquals("the platform had a problem of its own (HTTP 503: busy)", lastTry(503, "HTTP 503: busy"));
        assertEquals("the platform did not answer in time (No answer from lms.example.edu within 10 s)",
                lastTry(null, "No answer from lms.example.edu within 10 s"));
    }

    @Test
    void aScoreNotTriedYetHasNothingToSay() {
        assertEquals(Optional.empty(), GradeSyncWords.lastTry(Optional.empty(), Optional.empty()));
    }

    @Test
    void theNextTryIsCountedFromNow() {
        Instant now = Instant.parse("2026-11-25T23:00:00Z");

        assertEquals("in 12 s", GradeSyncWords.in(now.plusSeconds(12), now));
        assertEquals("in 5 s", GradeSyncWords.in(now.plusMillis(4_200), now), "4.2 s ends at the fifth second");
        assertEquals("in 4 min", GradeSyncWords.in(now.plusSeconds(250), now));
        assertEquals("in 2 h", GradeSyncWords.in(now.plusSeconds(7300), now));
    }
}

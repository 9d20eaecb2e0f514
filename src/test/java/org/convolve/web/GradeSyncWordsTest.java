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
        Instant late = Instant.parse("2026-11-26T10:43:58.900Z");
        assertEquals("in 12 s", GradeSyncWords.in(Instant.parse("2026-11-26T10:44:10.100Z"), late),
                "10:43:58 and 12 s make 10:44:10, the times the page writes");
        Instant early = Instant.parse("2026-11-26T10:43:58.100Z");
        assertEquals("in 12 s", GradeSyncWords.in(Instant.parse("2026-11-26T10:44:10.900Z"), early));
        assertEquals("in 4 min", GradeSyncWords.in(now.plusSeconds(250), now));
        assertEquals("in 2 h", GradeSyncWords.in(now.plusSeconds(7300), now));
    }
}

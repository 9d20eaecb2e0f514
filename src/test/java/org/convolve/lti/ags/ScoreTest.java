package org.convolve.lti.ags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ScoreTest {

    @Test
    void writesAFullyGradedScoreInRawPointsWithAMillisecondUtcTimestamp() throws Exception {
        Score score = new Score("user-1", 14, 20, Score.ActivityProgress.InProgress, Instant.parse("2026-03-01T10:15:30Z"));

        JsonNode json = new ObjectMapper().readTree(score.toJson());

        assertEquals("user-1", json.get("userId").asText());
        assertEquals("14", json.get("scoreGiven").toString());
        assertEquals("20", json.get("scoreMaximum").toString());
        assertEquals("FullyGraded", json.get("gradingProgress").asText());
        assertEquals("InProgress", json.get("activityProgress").asText());
        assertEquals("2026-03-01T10:15:30.000Z", json.get("timestamp").asText());
    }

    @Test
    void tellsCanvasWhetherTheScoreIsANewSubmissionAndWhenItWasEarned() throws Exception {
        Score score = new Score("u", 3, 20, Score.ActivityProgress.InProgress, Instant.parse("2026-03-01T10:15:31Z"))
                .with(new Score.CanvasSubmission(false, Instant.parse("2026-03-01T10:15:30Z")));

        JsonNode canvas = new ObjectMapper().readTree(score.toJson()).get("https://canvas.instructure.com/lti/submission");

        assertEquals("false", canvas.get("new_submission").toString());
        assertEquals("2026-03-01T10:15:30.000Z", canvas.get("submitted_at").asText());
    }

    @Test
    void keepsFractionalXp() throws Exception {
        Score score = new Score("u", 2.5, 5, Score.ActivityProgress.Completed, Instant.EPOCH);
        assertEquals("2.5", new ObjectMapper().readTree(score.toJson()).get("scoreGiven").toString());
    }

    @Test
    void refusesANegativeScoreOrAMaximumOfZero() {
        assertThrows(IllegalArgumentException.class, () -> new Score("u", -1, 20, Score.ActivityProgress.Completed, Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new Score("u", 0, 0, Score.ActivityProgress.Completed, Instant.EPOCH));
    }

    @Test
    void putsScoresBeforeTheLineItemsQueryString() {
        assertEquals(URI.create("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3"),
                ScoreService.scoresUrl(URI.create("https://moodle.example/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3")));
        assertEquals(URI.create("https://canvas.example/api/lti/courses/1/line_items/5/scores"),
                ScoreService.scoresUrl(URI.create("https://canvas.example/api/lti/courses/1/line_items/5")));
        assertEquals(URI.create("https://x.example/items/5/scores"), ScoreService.scoresUrl(URI.create("https://x.example/items/5/")));
    }

    @Test
    void readsRetryAfterAsSecondsOrAsAnHttpDate() {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        assertEquals(java.time.Duration.ofSeconds(30), ServiceResponse.parseRetryAfter("30", now).orElseThrow());
        assertEquals(java.time.Duration.ofSeconds(90),
                ServiceResponse.parseRetryAfter("Sun, 01 Mar 2026 10:01:30 GMT", now).orElseThrow());
        assertEquals(java.util.Optional.empty(), ServiceResponse.parseRetryAfter("soon", now));
    }

    @Test
    void findsTheNextPageInALinkHeader() {
        assertEquals(URI.create("https://p.example/members?page=2"), LinkHeader.next(java.util.List.of(
                "<https://p.example/members?page=1>; rel=\"first\", <https://p.example/members?page=2>; rel=\"next\""))
                .orElseThrow());
        assertEquals(java.util.Optional.empty(), LinkHeader.next(java.util.List.of("<https://p.example/x>; rel=\"prev\"")));
    }
}

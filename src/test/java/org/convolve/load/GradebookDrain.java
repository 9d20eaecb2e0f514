package org.convolve.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Waits until the sandbox gradebook stops receiving scores, then says what it answered. A score
 * delivered twice carries a timestamp the gradebook already has, which it refuses with 409.
 */
final class GradebookDrain {
    private GradebookDrain() {
    }

    static String await(URI platform, Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        JsonNode last = null;
        int quietRounds = 0;
        while (System.nanoTime() < deadline && quietRounds < 6) {
            JsonNode now = summary(client, platform);
            quietRounds = now.equals(last) ? quietRounds + 1 : 0;
            last = now;
            Thread.sleep(500);
        }
        if (last == null) {
            return "no answer";
        }
        String drained = quietRounds < 6 ? "still arriving " + timeout.toSeconds() + " s after the run"
                : "all in " + Math.round((System.nanoTime() - started) / 1e9) + " s after the run";
        return "score posts answered " + last.get("answersByStatus")
                + " (by HTTP status; a 409 would be a score sent twice), results held " + last.get("results")
                + ", at most " + last.get("mostScorePostsAtOnce") + " posts at once, " + drained;
    }

    private static JsonNode summary(HttpClient client, URI platform) throws InterruptedException {
        try {
            String body = client.send(HttpRequest.newBuilder(platform.resolve("/sandbox/gradebook/summary")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            return new ObjectMapper().readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

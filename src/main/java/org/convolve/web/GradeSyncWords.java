package org.convolve.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.convolve.lti.ags.ServiceHttp;

/**
 * What the last delivery attempt of a score means to an instructor, in words: "the gradebook asked
 * Convolve to slow down" rather than "HTTP 429: Too many requests". The platform's own words
 * follow in brackets, since they are what its administrator will recognise.
 */
final class GradeSyncWords {
    private GradeSyncWords() {
    }

    /** Why the last try did not get through; empty when there was no try yet. */
    static Optional<String> lastTry(Optional<Integer> status, Optional<String> message) {
        if (status.isEmpty() && message.isEmpty()) {
            return Optional.empty();
        }
        String platformSaid = message.map(m -> " (" + m + ")").orElse("");
        return Optional.of(status.map(code -> byStatus(code, message.orElse(""))).orElseGet(() ->
                message.filter(m -> m.startsWith(ServiceHttp.NO_ANSWER)).isPresent()
                        ? "the platform did not answer in time"
                        : "the platform could not be reached") + platformSaid);
    }

    private static String byStatus(int code, String message) {
        if (code == 429 || code == 403 && message.toLowerCase(Locale.ROOT).contains("rate limit")) {
            return "the gradebook asked Convolve to slow down";
        }
        if (code == 401 || code == 403) {
            return "the platform did not accept Convolve's sign-in to its grade service";
        }
        if (code == 404) {
            return "the platform no longer has this gradebook column";
        }
        if (code >= 500) {
            return "the platform had a problem of its own";
        }
        return "the platform did not accept the score as sent";
    }

    /** What an instructor can do about a refused score, where there is something to do. */
    static String adviceForRefused(Optional<Integer> status) {
        if (status.filter(code -> code == 404).isPresent()) {
            return " If the column was deleted, add the link to the course again; then send the score again.";
        }
        if (status.filter(code -> code == 401 || code == 403).isPresent()) {
            return " Ask the administrator to check that the tool may post grades; then send the score again.";
        }
        return " Once the platform's administrator has looked at it, send the score again.";
    }

    /** "in 12 s", "in 3 min": when a waiting score is tried next, said the way a person checks a clock. */
    static String in(Instant next, Instant now) {
        Duration wait = Duration.between(now, next);
        if (wait.toSeconds() < 60) {
            // Counted between the whole seconds the page writes, so that now's time plus the wait is
            // the clock time written beside it.
            return "in " + Math.max(1, next.getEpochSecond() - now.getEpochSecond()) + " s";
        }
        return wait.toMinutes() < 60 ? "in " + wait.toMinutes() + " min" : "in " + wait.toHours() + " h";
    }
}

package org.convolve.sandbox;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Failures the sandbox's AGS endpoints can be told to answer with, so tests and people can watch
 * grades survive an LMS that is down, throttling, hanging or merely slow (SLOW waits, then
 * answers as usual), and see what an instructor sees when a platform refuses a score outright
 * (REFUSE_422, which the tool does not retry but offers to send again), or keeps a score and
 * answers too late for the tool to hear (LOST_ANSWER).
 */
public final class SandboxFaults {

    public enum Kind {
        NONE("no failure"),
        ERROR_500("500 Internal Server Error"),
        ERROR_503("503 Service Unavailable"),
        TOO_MANY_REQUESTS("429 Too Many Requests"),
        RATE_LIMIT_403("403 Rate Limit Exceeded"),
        REFUSE_422("422, a refusal"),
        HANG("no answer"),
        SLOW("slow answers"),
        LOST_ANSWER("answers lost: the score is kept, the answer comes too late");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        /**
         * A slow answer must come before the tool gives up on the call (10 s by default) to be
         * slow rather than lost; a hang and a lost answer must come after it.
         */
        long defaultWaitMillis() {
            return this == SLOW ? 3_000 : 30_000;
        }

        boolean waits() {
            return this == HANG || this == SLOW || this == LOST_ANSWER;
        }

        static Kind parse(String value) {
            return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
                case "none", "" -> NONE;
                case "500" -> ERROR_500;
                case "503" -> ERROR_503;
                case "429" -> TOO_MANY_REQUESTS;
                case "403" -> RATE_LIMIT_403;
                case "422" -> REFUSE_422;
                case "hang" -> HANG;
                case "slow" -> SLOW;
                case "lost" -> LOST_ANSWER;
                default -> throw new IllegalArgumentException("Unknown fault '" + value
                        + "'; use none, 500, 503, 429, 403, 422, hang, slow or lost.");
            };
        }
    }

    /** One failing answer: its kind, the Retry-After to send (seconds, 0 for none) and how long to hang or wait. */
    public record Fault(Kind kind, int retryAfterSeconds, long hangMillis) {
    }

    private Kind kind = Kind.NONE;
    private int remaining;
    private double fraction = 1.0;
    private int retryAfterSeconds;
    private long hangMillis = 30_000;

    /**
     * @param count     how many requests fail; 0 or less means every request until switched off
     * @param fraction  the share of requests that fail (1 = all)
     */
    public synchronized void set(String kind, int count, double fraction, int retryAfterSeconds, long hangMillis) {
        if (!(fraction > 0 && fraction <= 1)) {
            // Written so that NaN, which fails every comparison, is refused too.
            throw new IllegalArgumentException("fraction must lie in (0, 1], not " + fraction);
        }
        this.kind = Kind.parse(kind);
        this.remaining = count > 0 ? count : -1;
        this.fraction = fraction;
        this.retryAfterSeconds = Math.max(0, retryAfterSeconds);
        this.hangMillis = hangMillis > 0 ? hangMillis : this.kind.defaultWaitMillis();
    }

    synchronized Optional<Fault> next() {
        if (kind == Kind.NONE || remaining == 0) {
            return Optional.empty();
        }
        if (fraction < 1 && ThreadLocalRandom.current().nextDouble() >= fraction) {
            return Optional.empty();
        }
        if (remaining > 0) {
            remaining--;
        }
        return Optional.of(new Fault(kind, retryAfterSeconds, hangMillis));
    }

    synchronized String describe() {
        if (kind == Kind.NONE || remaining == 0) {
            return "none";
        }
        return kind.words + (kind.waits() ? " (" + hangMillis + " ms)" : "")
                + (remaining > 0 ? " for the next " + remaining + (remaining == 1 ? " request" : " requests")
                        : " until switched off")
                + (fraction < 1 ? " (" + Math.round(fraction * 100) + "% of requests)" : "")
                + (retryAfterSeconds > 0 ? ", Retry-After " + retryAfterSeconds + " s" : "");
    }
}

package org.convolve.lti.ags;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/** What a platform answered to a service call: status, body and the headers the tool acts on. */
public record ServiceResponse(int status, String body, HttpHeaders headers) {
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** Retry-After as seconds or as an HTTP date, relative to {@code now}; empty when absent or unreadable. */
    public Optional<Duration> retryAfter(Instant now) {
        return headers.firstValue("Retry-After").flatMap(value -> parseRetryAfter(value.trim(), now));
    }

    public Optional<URI> nextPage() {
        return LinkHeader.next(headers.allValues("Link"));
    }

    /**
     * The body cut to a length fit for storage, pages and one log line: platforms sometimes answer
     * with whole HTML pages, whose line breaks would otherwise split (or fake) lines of the log.
     */
    public String shortBody(int max) {
        String text = body == null ? "" : CONTROL.matcher(WHITESPACE.matcher(body.strip()).replaceAll(" ")).replaceAll("?");
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }

    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        try {
            long seconds = Long.parseLong(value);
            return seconds >= 0 ? Optional.of(Duration.ofSeconds(seconds)) : Optional.empty();
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(now, at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notDate) {
                return Optional.empty();
            }
        }
    }
}

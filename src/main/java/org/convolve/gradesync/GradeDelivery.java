package org.convolve.gradesync;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.convolve.lti.ags.Score;
import org.convolve.lti.ags.ScoreService;
import org.convolve.lti.ags.ServiceRefusal;
import org.convolve.lti.ags.ServiceResponse;
import org.convolve.lti.ags.ServiceUnreachable;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformRepository;

/** One attempt to deliver one score, and the reading of the platform's answer. */
final class GradeDelivery {
    /** A column takes a few calls to the platform to find or create. */
    private static final Duration COLUMN_WAIT = Duration.ofSeconds(1);

    private final PlatformRepository platforms;
    private final LineItemResolver resolver;
    private final ScoreService scores;
    private final OutboxQueue queue;
    private final Clock clock;

    GradeDelivery(PlatformRepository platforms, LineItemResolver resolver, ScoreService scores, OutboxQueue queue,
                  Clock clock) {
        this.platforms = platforms;
        this.resolver = resolver;
        this.scores = scores;
        this.queue = queue;
        this.clock = clock;
    }

    DeliveryOutcome deliver(ClaimedScore claimed) {
        OutboxEntry entry = claimed.entry();
        Optional<Platform> platform = platforms.find(entry.platform().issuer(), entry.platform().clientId());
        if (platform.isEmpty()) {
            return new DeliveryOutcome.Refused(null, "The tool no longer has a registration for "
                    + entry.platform() + ".");
        }
        try {
            Optional<URI> lineItem = resolver.resolve(platform.get(), entry);
            if (lineItem.isEmpty()) {
                return new DeliveryOutcome.Refused(null, "The platform has no gradebook column for this link and"
                        + " does not let the tool create one (it did not grant the lineitem scope).");
            }
            if (entry.lineItem().isEmpty()) {
                queue.lineItemFound(entry, lineItem.get());
            }
            Instant now = clock.instant();
            Score score = entry.score().with(new Score.CanvasSubmission(firstForTarget(claimed),
                    entry.scoreTimestamp().isBefore(now) ? entry.scoreTimestamp() : now));
            return read(scores.post(platform.get(), entry.scopes(), lineItem.get(), score), entry);
        } catch (ColumnBeingCreated e) {
            return new DeliveryOutcome.TryAgain(null, e.getMessage(), Optional.of(COLUMN_WAIT));
        } catch (ServiceUnreachable e) {
            return new DeliveryOutcome.TryAgain(null, e.getMessage(), Optional.empty());
        } catch (ServiceRefusal e) {
            return readRefusal(e);
        }
    }

    /**
     * Read again just before sending when the claim found no score delivered: a worker whose lease
     * ran out may have landed an older score since. A score delivered before stays so.
     */
    private boolean firstForTarget(ClaimedScore claimed) {
        return claimed.firstForTarget() && !queue.deliveredBefore(claimed.entry());
    }

    /** The answer to the score POST itself. */
    DeliveryOutcome read(ServiceResponse response, OutboxEntry entry) {
        int status = response.status();
        if (response.isSuccess() || landedBefore(response, entry)) {
            return new DeliveryOutcome.Delivered(status);
        }
        String reason = "HTTP " + status + (response.shortBody(500).isEmpty() ? "" : ": " + response.shortBody(500));
        if (retryable(response)) {
            return new DeliveryOutcome.TryAgain(status, reason, response.retryAfter(clock.instant()));
        }
        return new DeliveryOutcome.Refused(status, reason);
    }

    /**
     * Moodle answers 409 to a score whose timestamp it already holds, or a newer one. Each score of a
     * column gets a later timestamp than the one before, so on a second or later try of this score
     * the platform holds this very score or a newer one of ours: an earlier try reached it and its
     * answer was lost, in a timeout, a failure after it, or a worker killed before it recorded the
     * 200. Only a first try cannot have landed before.
     */
    private static boolean landedBefore(ServiceResponse response, OutboxEntry entry) {
        return response.status() == 409 && entry.attempts() > 1;
    }

    /**
     * A failure before the score POST (token or line items). A refused token is most often a
     * registration an admin can fix, so it is retried rather than given up on.
     */
    private DeliveryOutcome readRefusal(ServiceRefusal refusal) {
        ServiceResponse response = refusal.response();
        if (retryable(response) || refusal.fromTokenEndpoint()) {
            return new DeliveryOutcome.TryAgain(response.status(), refusal.getMessage(),
                    response.retryAfter(clock.instant()));
        }
        return new DeliveryOutcome.Refused(response.status(), refusal.getMessage());
    }

    /** 5xx, 429, 408, Canvas's 403 "Rate Limit Exceeded", and a 401 that a fresh token did not cure. */
    static boolean retryable(ServiceResponse response) {
        int status = response.status();
        if (status >= 500 || status == 429 || status == 408 || status == 401) {
            return true;
        }
        return status == 403 && response.body() != null
                && response.body().toLowerCase(Locale.ROOT).contains("rate limit exceeded");
    }
}

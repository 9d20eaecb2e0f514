package org.convolve.gradesync;

import java.time.Duration;
import java.util.Optional;

/** How one delivery attempt ended. */
sealed interface DeliveryOutcome {

    record Delivered(int status) implements DeliveryOutcome {
    }

    /** Worth trying again: the platform is down, slow, throttling, or not reachable. */
    record TryAgain(Integer status, String reason, Optional<Duration> retryAfter) implements DeliveryOutcome {
    }

    /** The platform will not take this score as it is; its answer is kept for the instructor. */
    record Refused(Integer status, String reason) implements DeliveryOutcome {
    }
}

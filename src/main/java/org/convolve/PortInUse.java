package org.convolve;

import java.net.BindException;
import java.util.Optional;

/** Turns a start that failed for want of its port into one sentence that says what to do. */
final class PortInUse {
    private PortInUse() {
    }

    /** Empty unless {@code failure} was caused by a port another program holds. */
    static Optional<String> explain(Throwable failure, int port) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException) {
                return Optional.of("Convolve could not listen on port " + port + ": another program is using it."
                        + " Stop that program, or start Convolve on another port with CONVOLVE_PORT"
                        + " (and CONVOLVE_PUBLIC_URL to match).");
            }
        }
        return Optional.empty();
    }
}

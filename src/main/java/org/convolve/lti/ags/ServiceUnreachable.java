package org.convolve.lti.ags;

/** The platform did not answer: connection refused, reset, or no answer within the timeout. */
public final class ServiceUnreachable extends Exception {
    public ServiceUnreachable(String message, Throwable cause) {
        super(message, cause);
    }
}

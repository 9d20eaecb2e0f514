package org.convolve.lti.launch;

/**
 * A launch the tool refuses. The reason is a stable code for logs and tests; the message says,
 * in words an admin can act on, what was wrong.
 */
public final class LaunchRejected extends Exception {
    private final Reason reason;

    public LaunchRejected(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        NOT_A_JWT,
        ALGORITHM_NOT_ALLOWED,
        MISSING_KID,
        UNKNOWN_KID,
        JWKS_UNAVAILABLE,
        BAD_SIGNATURE,
        UNKNOWN_PLATFORM,
        WRONG_AUDIENCE,
        EXPIRED,
        ISSUED_IN_FUTURE,
        NONCE_MISMATCH,
        WRONG_VERSION,
        MISSING_CLAIM,
        ANONYMOUS_USER,
        UNSUPPORTED_MESSAGE_TYPE,
        UNKNOWN_DEPLOYMENT,
        MALFORMED_CLAIM
    }
}

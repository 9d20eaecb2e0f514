package org.convolve.lti.registration;

/** Dynamic registration could not finish; the message says why, in words for the admin. */
public final class RegistrationFailed extends Exception {
    public RegistrationFailed(String message) {
        super(message);
    }

    public RegistrationFailed(String message, Throwable cause) {
        super(message, cause);
    }
}

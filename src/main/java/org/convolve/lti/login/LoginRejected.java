package org.convolve.lti.login;

/** A login initiation the tool will not act on; the message is shown to the person. */
public final class LoginRejected extends Exception {
    public LoginRejected(String message) {
        super(message);
    }
}

package org.convolve.lti.login;

import java.util.Optional;

/**
 * Pending logins, shared by every tool instance. {@link #consume} hands a state out at most once,
 * which is what makes each state, and the nonce bound to it, single-use.
 */
public interface LoginStateStore {

    void save(PendingLogin login);

    Optional<PendingLogin> consume(String state);

    /**
     * The pending login without using it up, while the launch page reads the browser binding
     * back from the platform's storage; the launch itself still goes through {@link #consume}.
     */
    Optional<PendingLogin> peek(String state);
}

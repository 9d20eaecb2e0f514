package org.convolve.web;

import java.util.Optional;

/**
 * id_tokens kept on the server, by state, while the relay page reads the browser binding from the
 * platform's storage, so that no page of ours ever carries an id_token.
 */
public interface ParkedLaunches {

    void park(String state, String idToken);

    Optional<String> take(String state);
}

package org.convolve.lti.login;

import java.time.Instant;

/**
 * What the tool remembers between the login initiation and the launch: the state it sent,
 * the nonce the id_token must carry, and a hash of the browser binding (never the raw value).
 */
public record PendingLogin(
        String state,
        String nonce,
        String issuer,
        String clientId,
        String targetLinkUri,
        String browserBindingHash,
        Instant expiresAt) {

    public boolean expiredAt(Instant now) {
        return now.isAfter(expiresAt);
    }
}

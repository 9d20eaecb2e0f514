package org.convolve.lti.registration;

/** The identity of a registration: (issuer, client id). */
public record PlatformKey(String issuer, String clientId) {
    @Override
    public String toString() {
        return issuer + " / " + clientId;
    }
}

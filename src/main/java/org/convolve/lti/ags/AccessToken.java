package org.convolve.lti.ags;

import java.time.Instant;

/** A bearer token for a platform's services; {@link #toString()} never shows the value. */
public record AccessToken(String value, Instant refreshAt) {
    @Override
    public String toString() {
        return "AccessToken[refreshAt=" + refreshAt + "]";
    }
}

package org.convolve.web;

import io.javalin.http.Context;

/**
 * Headers on every response. The handle in our URLs is a credential, so no Referer may carry it
 * elsewhere; pages load only our own scripts and styles.
 */
final class SecurityHeaders {
    private final String frameAncestors;

    SecurityHeaders(String frameAncestors) {
        this.frameAncestors = frameAncestors;
    }

    void apply(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self';"
                + " img-src 'self' data:; form-action *; base-uri 'none'; object-src 'none';"
                + " frame-ancestors " + frameAncestors);
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Cache-Control", "no-store");
    }
}

package org.convolve.web;

import io.javalin.http.Context;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Headers on every response. The handle in our URLs is a credential, so no Referer may carry it
 * elsewhere; pages load only our own scripts and styles; only registered platforms may frame us.
 */
final class SecurityHeaders {
    /** Opened in an iframe by a platform that is not registered yet (that is the point of it). */
    static final String REGISTRATION_PATH = "/lti/register";

    private final Supplier<String> frameAncestors;
    private final boolean https;
    private final String ownOrigin;

    /** @param ownOrigin the tool's public origin, which pages reached by another name (the sandbox's course page) may frame */
    SecurityHeaders(Supplier<String> frameAncestors, boolean https, String ownOrigin) {
        this.frameAncestors = frameAncestors;
        this.https = https;
        this.ownOrigin = ownOrigin;
    }

    void apply(Context ctx) {
        write(ctx.path(), ctx::header);
    }

    /** The headers for a response to {@code path}, for a writer that is not Javalin's (Jetty's own error pages). */
    void write(String path, BiConsumer<String, String> header) {
        String ancestors = path.equals(REGISTRATION_PATH) || path.startsWith(REGISTRATION_PATH + "/")
                ? "*" : frameAncestors.get();
        header.accept("Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self';"
                + " img-src 'self' data:; frame-src 'self' " + ownOrigin + "; form-action *; base-uri 'none'; object-src 'none';"
                + " frame-ancestors " + ancestors);
        header.accept("Referrer-Policy", "no-referrer");
        header.accept("X-Content-Type-Options", "nosniff");
        header.accept("Cache-Control", "no-store");
        header.accept("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        if (https) {
            header.accept("Strict-Transport-Security", "max-age=31536000");
        }
    }
}

package org.convolve.web;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Optional;
import org.convolve.lti.login.BrowserBinding;

/**
 * The cookie that ties a login to the browser that started it. Inside an LMS iframe it is a
 * third-party cookie, so it is Partitioned (CHIPS) and SameSite=None; that needs Secure, which
 * browsers honour over https and on localhost only.
 */
final class BrowserCookie {
    static final String NAME = "convolve_browser";

    private final String attributes;

    BrowserCookie(URI publicUrl) {
        boolean secureContext = "https".equals(publicUrl.getScheme())
                || "localhost".equals(publicUrl.getHost()) || "127.0.0.1".equals(publicUrl.getHost());
        this.attributes = "; Path=/lti; Max-Age=900; HttpOnly"
                + (secureContext ? "; Secure; SameSite=None; Partitioned" : "; SameSite=Lax");
    }

    /** The browser's existing binding, or a new one; either way the cookie is (re)sent. */
    String bind(Context ctx) {
        String value = read(ctx).orElseGet(BrowserBinding::newRandomValue);
        ctx.res().addHeader("Set-Cookie", NAME + "=" + value + attributes);
        return value;
    }

    Optional<String> read(Context ctx) {
        String value = ctx.cookie(NAME);
        return value == null || value.length() != 43 ? Optional.empty() : Optional.of(value);
    }
}

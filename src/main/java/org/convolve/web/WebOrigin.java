package org.convolve.web;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/**
 * A URL's origin serialised as browsers do (lower-case scheme and host, no default port), so that
 * it compares equal to {@code event.origin} in a page's script and matches in a CSP source list.
 */
final class WebOrigin {
    private WebOrigin() {
    }

    static Optional<String> of(URI uri) {
        if (uri.getScheme() == null || uri.getHost() == null) {
            return Optional.empty();
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort();
        boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return Optional.of(scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port));
    }
}

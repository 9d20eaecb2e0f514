package org.convolve.web;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformRepository;

/**
 * The CSP frame-ancestors source list: 'self', the origins of every registered platform's
 * issuer and authentication URL, and origins the admin configured. Cloud Canvas frames the tool
 * from the school's own *.instructure.com domain, not from its issuer, so that pattern joins any
 * Canvas registration. Kept in memory, refreshed when a platform is added here and at least every
 * minute, since another instance may register one.
 */
final class FrameAncestors {
    private static final Duration REFRESH = Duration.ofMinutes(1);
    private static final Set<String> CANVAS_CLOUD_ISSUERS = Set.of(
            "canvas.instructure.com", "canvas.beta.instructure.com", "canvas.test.instructure.com");

    private final PlatformRepository platforms;
    private final List<String> extra;
    private final Clock clock;
    private volatile String value;
    private volatile Instant computedAt = Instant.MIN;

    FrameAncestors(PlatformRepository platforms, List<String> extra, Clock clock) {
        this.platforms = platforms;
        this.extra = List.copyOf(extra);
        this.clock = clock;
    }

    String value() {
        Instant now = clock.instant();
        if (value == null || !now.isBefore(computedAt.plus(REFRESH))) {
            refresh();
        }
        return value;
    }

    void refresh() {
        Set<String> sources = new LinkedHashSet<>();
        sources.add("'self'");
        for (Platform platform : platforms.all()) {
            addOrigin(sources, platform.issuer());
            addOrigin(sources, platform.authorizationEndpoint().toString());
            String issuerHost = hostOf(platform.issuer());
            if (issuerHost != null && CANVAS_CLOUD_ISSUERS.contains(issuerHost)) {
                sources.add("https://*.instructure.com");
            }
        }
        sources.addAll(extra);
        value = String.join(" ", sources);
        computedAt = clock.instant();
    }

    private static void addOrigin(Set<String> sources, String url) {
        try {
            WebOrigin.of(URI.create(url)).ifPresent(sources::add);
        } catch (IllegalArgumentException e) {
            // A malformed stored URL contributes no origin; the registration's own checks report it.
        }
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}

package org.convolve.lti.launch;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Platform public keys by JWKS URL. Each key set is cached; a kid the cache does not know
 * triggers one refresh, and refreshes are rate-limited so a stream of forged kids cannot
 * make the tool hammer a platform.
 */
public final class PlatformKeySources {
    private final ConcurrentMap<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();
    private final Duration cacheTtl;
    private final Duration minRefreshInterval;
    private final Duration fetchDeadline;
    /** One for all key sets: each HTTP client keeps a thread of its own. */
    private final DeadlineResourceRetriever retriever;

    public PlatformKeySources(Duration cacheTtl, Duration minRefreshInterval) {
        this(cacheTtl, minRefreshInterval, Duration.ofSeconds(5));
    }

    /** @param fetchDeadline how long one fetch of a key set may take in all, answer included */
    public PlatformKeySources(Duration cacheTtl, Duration minRefreshInterval, Duration fetchDeadline) {
        this.cacheTtl = cacheTtl;
        this.minRefreshInterval = minRefreshInterval;
        this.fetchDeadline = fetchDeadline;
        this.retriever = new DeadlineResourceRetriever(fetchDeadline, 512 * 1024);
    }

    public Optional<JWK> find(URI jwksUri, String kid) throws KeySourceException {
        JWKSelector selector = new JWKSelector(new JWKMatcher.Builder().keyID(kid).build());
        List<JWK> keys = sources.computeIfAbsent(jwksUri, this::newSource).get(selector, null);
        return keys.stream().findFirst();
    }

    private JWKSource<SecurityContext> newSource(URI jwksUri) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(), retriever)
                    .cache(cacheTtl.toMillis(), fetchDeadline.toMillis())
                    .rateLimited(minRefreshInterval.toMillis())
                    .retrying(false)
                    .refreshAheadCache(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a usable JWKS URL: " + jwksUri, e);
        }
    }
}

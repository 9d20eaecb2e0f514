package org.convolve.lti.launch;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKMatcher;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
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

    public PlatformKeySources(Duration cacheTtl, Duration minRefreshInterval) {
        this.cacheTtl = cacheTtl;
        this.minRefreshInterval = minRefreshInterval;
    }

    public Optional<JWK> find(URI jwksUri, String kid) throws KeySourceException {
        JWKSelector selector = new JWKSelector(new JWKMatcher.Builder().keyID(kid).build());
        List<JWK> keys = sources.computeIfAbsent(jwksUri, this::newSource).get(selector, null);
        return keys.stream().findFirst();
    }

    private JWKSource<SecurityContext> newSource(URI jwksUri) {
        try {
            DefaultResourceRetriever retriever = new DefaultResourceRetriever(5_000, 5_000, 512 * 1024);
            return JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(), retriever)
                    .cache(cacheTtl.toMillis(), 5_000)
                    .rateLimited(minRefreshInterval.toMillis())
                    .retrying(false)
                    .refreshAheadCache(false)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("Not a usable JWKS URL: " + jwksUri, e);
        }
    }
}

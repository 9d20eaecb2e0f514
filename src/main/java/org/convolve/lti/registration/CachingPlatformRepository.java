package org.convolve.lti.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Keeps found registrations in memory for a short while, since every launch looks its platform
 * up twice. Misses are not cached, so a platform registered by another tool instance is seen at
 * once; a changed registration is seen within the time to live.
 */
public final class CachingPlatformRepository implements PlatformRepository {
    private record Entry(Platform platform, Instant expires) {
    }

    private final PlatformRepository delegate;
    private final Duration timeToLive;
    private final Clock clock;
    private final ConcurrentMap<PlatformKey, Entry> found = new ConcurrentHashMap<>();

    public CachingPlatformRepository(PlatformRepository delegate, Duration timeToLive, Clock clock) {
        this.delegate = delegate;
        this.timeToLive = timeToLive;
        this.clock = clock;
    }

    @Override
    public Optional<Platform> find(String issuer, String clientId) {
        PlatformKey key = new PlatformKey(issuer, clientId);
        Entry entry = found.get(key);
        Instant now = clock.instant();
        if (entry != null && now.isBefore(entry.expires())) {
            return Optional.of(entry.platform());
        }
        Optional<Platform> platform = delegate.find(issuer, clientId);
        platform.ifPresentOrElse(p -> found.put(key, new Entry(p, now.plus(timeToLive))), () -> found.remove(key));
        return platform;
    }

    @Override
    public List<Platform> findByIssuer(String issuer) {
        return delegate.findByIssuer(issuer);
    }

    @Override
    public List<Platform> all() {
        return delegate.all();
    }

    @Override
    public void save(Platform platform) {
        delegate.save(platform);
        found.remove(platform.key());
    }

    @Override
    public boolean addDeployment(PlatformKey platform, String deploymentId) {
        boolean added = delegate.addDeployment(platform, deploymentId);
        found.remove(platform);
        return added;
    }
}

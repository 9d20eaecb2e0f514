package org.convolve.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.convolve.lti.launch.LtiLaunch;

/**
 * A session never changes after its launch, so each instance may keep the ones it has served in
 * memory and skip the database on the learner's next page. Another instance simply reads the
 * session from the database once.
 */
final class CachingLaunchSessionStore implements LaunchSessionStore {
    private final LaunchSessionStore delegate;
    private final Clock clock;
    private final Cache<String, LaunchSession> recent;

    CachingLaunchSessionStore(LaunchSessionStore delegate, int maximumSize, Duration keepFor, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(keepFor).build();
    }

    @Override
    public LaunchSession create(LtiLaunch launch) {
        LaunchSession session = delegate.create(launch);
        recent.put(session.handle(), session);
        return session;
    }

    @Override
    public Optional<LaunchSession> find(String handle) {
        if (handle == null) {
            return Optional.empty();
        }
        LaunchSession cached = recent.getIfPresent(handle);
        if (cached != null) {
            if (clock.instant().isBefore(cached.expiresAt())) {
                return Optional.of(cached);
            }
            recent.invalidate(handle);
            return Optional.empty();
        }
        Optional<LaunchSession> stored = delegate.find(handle);
        stored.ifPresent(session -> recent.put(handle, session));
        return stored;
    }
}

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
    /** A cached session with its launch took about 4 KB of heap in a heap histogram; rounded up. */
    static final long BYTES_PER_SESSION = 5 * 1024;

    private final LaunchSessionStore delegate;
    private final Clock clock;
    private final Cache<String, LaunchSession> recent;

    CachingLaunchSessionStore(LaunchSessionStore delegate, int maximumSize, Duration keepFor, Clock clock) {
        this.delegate = delegate;
        this.clock = clock;
        this.recent = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(keepFor).build();
    }

    /**
     * How many sessions to keep: what fits in a quarter of the heap, at least 1,000 and at most
     * 50,000. A fixed 50,000 outgrew a 160 MB heap after about 25,000 launches, and the collector
     * then ran without pause.
     */
    static int sizeFor(long maxHeapBytes) {
        return (int) Math.max(1_000, Math.min(50_000, maxHeapBytes / 4 / BYTES_PER_SESSION));
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

package org.convolve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.launch.Roles;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.testing.MutableClock;
import org.junit.jupiter.api.Test;

class CachingLaunchSessionStoreTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    private final AtomicInteger lookups = new AtomicInteger();
    private final Map<String, LaunchSession> database = new HashMap<>();
    private final LaunchSessionStore stored = new LaunchSessionStore() {
        @Override
        public LaunchSession create(LtiLaunch launch) {
            LaunchSession session = new LaunchSession("h" + database.size(), launch, NOW.plus(Duration.ofHours(8)));
            database.put(session.handle(), session);
            return session;
        }

        @Override
        public Optional<LaunchSession> find(String handle) {
            lookups.incrementAndGet();
            return Optional.ofNullable(database.get(handle));
        }
    };

    @Test
    void keepsAsManySessionsAsAQuarterOfTheHeapHolds() {
        assertEquals(8_192, CachingLaunchSessionStore.sizeFor(160L * 1024 * 1024));
        assertEquals(50_000, CachingLaunchSessionStore.sizeFor(4L * 1024 * 1024 * 1024), "at most 50,000");
        assertEquals(1_000, CachingLaunchSessionStore.sizeFor(8L * 1024 * 1024), "at least 1,000");
    }

    @Test
    void servesASessionItCreatedWithoutAskingTheDatabase() {
        CachingLaunchSessionStore store = store(NOW);
        LaunchSession created = store.create(launch());

        assertEquals(Optional.of(created), store.find(created.handle()));
        assertEquals(0, lookups.get());
    }

    @Test
    void readsASessionAnotherInstanceCreatedOnceThenKeepsIt() {
        LaunchSession elsewhere = stored.create(launch());
        CachingLaunchSessionStore store = store(NOW);

        store.find(elsewhere.handle());
        store.find(elsewhere.handle());

        assertEquals(1, lookups.get());
    }

    @Test
    void neverServesACachedSessionPastItsExpiry() {
        MutableClock clock = new MutableClock(NOW);
        CachingLaunchSessionStore store = new CachingLaunchSessionStore(stored, 100, Duration.ofDays(1), clock);
        LaunchSession created = store.create(launch());

        clock.advance(Duration.ofHours(9));

        assertTrue(store.find(created.handle()).isEmpty(), "an expired session must not come back from the cache");
    }

    private CachingLaunchSessionStore store(Instant now) {
        return new CachingLaunchSessionStore(stored, 100, Duration.ofMinutes(30), Clock.fixed(now, ZoneOffset.UTC));
    }

    private static LtiLaunch launch() {
        return new LtiLaunch(new PlatformKey("https://p.example", "c"), "d", "LtiResourceLinkRequest", "learner-1",
                Optional.empty(), Optional.empty(), new Roles(List.of("Learner")), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }
}

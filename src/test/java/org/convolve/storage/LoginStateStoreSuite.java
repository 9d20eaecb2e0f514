package org.convolve.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.convolve.lti.login.PendingLogin;
import org.convolve.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A login state works once, however many launches race for it; run against a real database, chosen by subclasses. */
abstract class LoginStateStoreSuite {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
    private JdbcLoginStateStore store;

    abstract Database database();

    @BeforeEach
    void newStore() {
        store = new JdbcLoginStateStore(database().jdbi(), clock);
    }

    private PendingLogin saved() {
        String state = UUID.randomUUID().toString();
        PendingLogin login = new PendingLogin(state, "nonce-" + state, "https://lms.example", "client-1",
                "https://tool.example/lti/launch", "binding-hash-" + state, clock.instant().plus(Duration.ofMinutes(10)));
        store.save(login);
        return login;
    }

    private int rows(String state) {
        return database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM login_state WHERE state = :s")
                .bind("s", state).mapTo(Integer.class).one());
    }

    @Test
    void aSavedLoginIsHandedOutOnceAndThenGone() {
        PendingLogin login = saved();

        assertEquals(Optional.of(login), store.consume(login.state()));
        assertEquals(Optional.empty(), store.consume(login.state()));
        assertEquals(0, rows(login.state()));
    }

    @Test
    void anExpiredLoginIsRefusedAndRemoved() {
        PendingLogin login = saved();
        clock.advance(Duration.ofMinutes(11));

        assertEquals(Optional.empty(), store.consume(login.state()));
        assertEquals(0, rows(login.state()));
    }

    @Test
    void unknownAndOverlongStatesFindNothing() {
        PendingLogin login = saved();

        assertEquals(Optional.empty(), store.consume("no-such-state"));
        assertEquals(Optional.empty(), store.consume(login.state() + "x".repeat(64)));
        assertEquals(Optional.empty(), store.consume(null));
        assertEquals(1, rows(login.state()), "the real login is still there");
    }

    @Test
    void whenLaunchesRaceForOneStateExactlyOneGetsIt() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            for (int round = 0; round < 25; round++) {
                PendingLogin login = saved();
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Optional<PendingLogin>>> racers = new ArrayList<>();
                for (int i = 0; i < 4; i++) {
                    racers.add(threads.submit(() -> {
                        go.await();
                        return store.consume(login.state());
                    }));
                }
                go.countDown();
                int winners = 0;
                for (Future<Optional<PendingLogin>> racer : racers) {
                    Optional<PendingLogin> got = racer.get();
                    if (got.isPresent()) {
                        assertEquals(login, got.get());
                        winners++;
                    }
                }
                assertEquals(1, winners, "round " + round);
                assertEquals(0, rows(login.state()), "round " + round);
            }
        } finally {
            threads.shutdownNow();
        }
    }
}

package org.convolve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.convolve.lti.login.PendingLogin;
import org.convolve.storage.Database;
import org.convolve.storage.JdbcLoginStateStore;
import org.convolve.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ExpiredRowSweepTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
    private final Database database =
            Database.open("jdbc:h2:mem:sweep-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 2);
    private final JdbcLoginStateStore states = new JdbcLoginStateStore(database.jdbi(), clock);

    @AfterEach
    void close() {
        database.close();
    }

    private void login(String state, Duration validFor) {
        states.save(new PendingLogin(state, "nonce-" + state, "https://lms.example", "client-1",
                "https://tool.example/lti/launch", "binding", clock.instant().plus(validFor)));
    }

    private int rows() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM login_state")
                .mapTo(Integer.class).one());
    }

    @Test
    void deletesOnlyTheLoginsNobodyCameBackForInTime() {
        login("abandoned", Duration.ofMinutes(5));
        login("still-open", Duration.ofMinutes(15));
        clock.advance(Duration.ofMinutes(10));

        try (ExpiredRowSweep sweep = ExpiredRowSweep.every(Duration.ofHours(1),
                List.of(new ExpiredRowSweep.Task("expired login states", states::deleteExpired)))) {
            assertEquals(1, sweep.sweepOnce());
        }

        assertEquals(1, rows());
        assertTrue(states.consume("still-open").isPresent(), "a login still in time can be used");
    }
}

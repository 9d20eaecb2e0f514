package org.convolve.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What /health reads: an answer a load balancer can still use when no connection can be had. */
class DatabaseHealthTest {
    @TempDir
    Path dir;

    @Test
    void aDatabaseThatGivesNoConnectionIsUnhealthyWithinSecondsNotThePoolsHalfMinute() {
        try (Database database = Database.open("jdbc:h2:file:" + dir.resolve("health"), "sa", "", Database.LEAST_POOL_SIZE)) {
            assertTrue(database.isHealthy());
            try (Handle first = database.jdbi().open(); Handle second = database.jdbi().open()) {
                first.createQuery("SELECT 1").mapTo(Integer.class).one();
                second.createQuery("SELECT 1").mapTo(Integer.class).one();

                // Twice the wait: the second check shares the first one's stuck attempt instead of queueing.
                assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                    assertFalse(database.isHealthy());
                    assertFalse(database.isHealthy());
                });
            }
        }
    }
}

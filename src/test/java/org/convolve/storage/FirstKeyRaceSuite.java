package org.convolve.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convolve.lti.keys.ToolKeys;
import org.junit.jupiter.api.Test;

/** Two instances starting together on an empty database end up with one signing key; subclasses choose the database. */
abstract class FirstKeyRaceSuite {

    abstract Database database();

    @Test
    void twoInstancesStartingTogetherShareOneFirstKey() throws Exception {
        String purpose = "race-" + UUID.randomUUID().toString().substring(0, 8);
        ToolKeys first = new ToolKeys(new JdbcToolKeyRepository(database().jdbi(), purpose), Clock.systemUTC());
        ToolKeys second = new ToolKeys(new JdbcToolKeyRepository(database().jdbi(), purpose), Clock.systemUTC());
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> kids = List.of(first, second).stream()
                    .map(keys -> two.submit(() -> {
                        together.await();
                        keys.ensureSigningKey();
                        return keys.signingKey().getKeyID();
                    }))
                    .toList();

            assertEquals(kids.get(0).get(60, TimeUnit.SECONDS), kids.get(1).get(60, TimeUnit.SECONDS),
                    "both instances sign with the same key");
            assertEquals(1, new JdbcToolKeyRepository(database().jdbi(), purpose).all().size());
        } finally {
            two.shutdownNow();
        }
    }
}

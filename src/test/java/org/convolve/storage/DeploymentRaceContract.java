package org.convolve.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformKey;
import org.junit.jupiter.api.Test;

/** The same rules on every database the tool supports; subclasses say which one. */
abstract class DeploymentRaceContract {

    abstract Database database();

    private JdbcPlatformRepository repository() {
        return new JdbcPlatformRepository(database().jdbi(), Clock.systemUTC());
    }

    private PlatformKey registerPlatform() {
        String client = "client-" + UUID.randomUUID();
        repository().save(new Platform("https://canvas.example", client, "Canvas",
                URI.create("https://canvas.example/auth"), URI.create("https://canvas.example/token"),
                URI.create("https://canvas.example/jwks"), Set.of(), DeploymentPolicy.ACCEPT_NEW));
        return new PlatformKey("https://canvas.example", client);
    }

    @Test
    void recordsANewDeploymentOnceWhenAnotherInstanceInsertsItAtTheSameMoment() throws Exception {
        PlatformKey key = registerPlatform();
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = database().jdbi().open().getConnection()) {
            // The other instance has inserted the row but not committed yet: our insert must wait for it.
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement("INSERT INTO platform_deployment"
                    + " (platform_id, deployment_id, created_at) SELECT id, 'course-42', 0 FROM platform"
                    + " WHERE issuer = ? AND client_id = ?")) {
                insert.setString(1, key.issuer());
                insert.setString(2, key.clientId());
                assertEquals(1, insert.executeUpdate());
            }
            Future<Boolean> ours = pool.submit(() -> repository().addDeployment(key, "course-42"));
            Thread.sleep(300);
            other.commit();
            assertFalse(ours.get(20, TimeUnit.SECONDS), "the other instance recorded it, so it was not new to us");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(Set.of("course-42"), repository().find(key.issuer(), key.clientId()).orElseThrow().deploymentIds());
    }

    @Test
    void manyInstancesRecordingTheSameNewDeploymentYieldExactlyOneNewRecord() throws Exception {
        PlatformKey key = registerPlatform();
        int instances = 6;
        ExecutorService pool = Executors.newFixedThreadPool(instances);
        try {
            for (int round = 0; round < 10; round++) {
                String deployment = "deployment-" + round;
                CyclicBarrier start = new CyclicBarrier(instances);
                List<Future<Boolean>> results = new ArrayList<>();
                for (int i = 0; i < instances; i++) {
                    results.add(pool.submit(() -> {
                        start.await();
                        return repository().addDeployment(key, deployment);
                    }));
                }
                int fresh = 0;
                for (Future<Boolean> result : results) {
                    fresh += result.get(20, TimeUnit.SECONDS) ? 1 : 0;
                }
                assertEquals(1, fresh, "exactly one instance records " + deployment + " as new");
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(10, repository().find(key.issuer(), key.clientId()).orElseThrow().deploymentIds().size());
    }

    @Test
    void twoInstancesSavingTheSameRegistrationAtOnceBothSucceed() throws Exception {
        String client = "client-" + UUID.randomUUID();
        Platform platform = new Platform("https://moodle.example", client, "Moodle",
                URI.create("https://moodle.example/auth"), URI.create("https://moodle.example/token"),
                URI.create("https://moodle.example/jwks"), Set.of("1"), DeploymentPolicy.ACCEPT_NEW);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CyclicBarrier start = new CyclicBarrier(4);
            List<Future<?>> saves = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                saves.add(pool.submit(() -> {
                    start.await();
                    repository().save(platform);
                    return null;
                }));
            }
            for (Future<?> save : saves) {
                save.get(20, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(repository().find("https://moodle.example", client).orElseThrow().knowsDeployment("1"));
    }
}

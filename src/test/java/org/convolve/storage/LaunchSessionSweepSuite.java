package org.convolve.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.convolve.App;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.launch.Roles;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.testing.MutableClock;
import org.convolve.web.LaunchSession;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which stored launch sessions the sweep deletes, run against a real database; subclasses choose which. */
abstract class LaunchSessionSweepSuite {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T09:00:00Z"));
    private PlatformKey platform;
    private JdbcLaunchSessionStore store;

    abstract Database database();

    @BeforeEach
    void newPlatform() {
        platform = new PlatformKey("https://lms.example", "client-" + UUID.randomUUID());
        store = new JdbcLaunchSessionStore(database().jdbi(), App.jsonMapper(), Duration.ofHours(8), clock);
    }

    private LaunchSession launch(String subject, String name, String course, String role) {
        LaunchSession session = store.create(new LtiLaunch(platform, "deployment-1", "LtiResourceLinkRequest", subject,
                Optional.of(name), Optional.empty(), new Roles(List.of(role)),
                Optional.ofNullable(course).map(id -> new LtiLaunch.LaunchContext(id, Optional.empty())),
                Optional.of(new LtiLaunch.ResourceLink("link-1", Optional.empty())), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of()));
        clock.advance(Duration.ofMinutes(1));
        return session;
    }

    private LtiLaunch instructorIn(String course) {
        return new LtiLaunch(platform, "deployment-1", "LtiResourceLinkRequest", "teacher", Optional.empty(),
                Optional.empty(), new Roles(List.of("Instructor")),
                Optional.of(new LtiLaunch.LaunchContext(course, Optional.empty())), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Map.of());
    }

    private int rows() {
        return database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM launch_session WHERE client_id = :c")
                .bind("c", platform.clientId()).mapTo(Integer.class).one());
    }

    @Test
    void deletesExpiredSessionsFollowedByANewerOneOfThePersonInTheCourse() {
        launch("ada", "Ada L.", "course-1", "Learner");
        launch("ada", "Ada Lovelace", "course-1", "Learner");
        launch("ada", "Ada L.", "course-2", "Learner");
        launch("ben", "Ben", "course-1", "Learner");
        launch("ada", "Ada (no course)", null, "Learner");
        launch("ada", "Ada (no course)", null, "Learner");
        clock.advance(Duration.ofHours(9));

        assertEquals(2, store.deleteSuperseded());

        assertEquals(4, rows());
        assertEquals(0, store.deleteSuperseded(), "a second sweep finds nothing more");
        assertEquals(Map.of("ada", "Ada Lovelace", "ben", "Ben"),
                new JdbcClassRoster(database().jdbi()).learnersOf(instructorIn("course-1")).stream()
                        .collect(Collectors.toMap(l -> l.subject(), l -> l.name())),
                "the roster still names every learner of the course, with the newest name");
    }

    @Test
    void keepsASupersededSessionUntilItExpires() {
        LaunchSession firstTab = launch("ada", "Ada", "course-1", "Learner");
        launch("ada", "Ada", "course-1", "Learner");

        assertEquals(0, store.deleteSuperseded());
        assertTrue(store.find(firstTab.handle()).isPresent(), "an older tab still works");

        clock.advance(Duration.ofHours(8));
        assertEquals(1, store.deleteSuperseded());
        assertEquals(1, rows());
    }

    @Test
    void deletesALongBacklogInSeveralBatches() {
        database().jdbi().useHandle(h -> {
            PreparedBatch batch = h.prepareBatch("INSERT INTO launch_session (handle, issuer, client_id,"
                    + " deployment_id, subject, roles, message_type, context_id, launch_json, created_at, expires_at)"
                    + " VALUES (:handle, :issuer, :client, 'd1', 'ada', 'Learner', 'LtiResourceLinkRequest',"
                    + " 'course-1', '{}', :created, :expires)");
            for (int i = 0; i < 2_500; i++) {
                batch.bind("handle", UUID.randomUUID().toString()).bind("issuer", platform.issuer())
                        .bind("client", platform.clientId()).bind("created", i).bind("expires", i + 1).add();
            }
            batch.execute();
        });

        assertEquals(2_499, store.deleteSuperseded());
        assertEquals(1, rows());
    }
}

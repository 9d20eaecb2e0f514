package org.convolve.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.util.Map;
import org.convolve.progress.Part;
import org.convolve.progress.Placement;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * V11 files progress under its deployment and course. Progress saved before it must stay the
 * learner's: it takes its placement from the learner's scores, else from their launches.
 */
abstract class ProgressPlacementMigrationSuite {

    /** A database nothing has migrated yet: URL, user, password. */
    abstract String[] emptyDatabase();

    private Flyway flyway(String target) {
        String[] db = emptyDatabase();
        var config = Flyway.configure().dataSource(db[0], db[1], db[2]).locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    @Test
    void existingProgressTakesItsPlacementFromTheLearnersScoresElseTheirLaunches() {
        flyway("10").migrate();
        String[] db = emptyDatabase();
        Jdbi jdbi = Jdbi.create(db[0], db[1], db[2]);
        jdbi.useHandle(h -> {
            long scored = progress(h, "ada", "link-1");
            h.execute("INSERT INTO activity_progress (lesson_progress_id, activity_id, part, best_xp, xp_available,"
                    + " graded_attempts, revision, state_json, updated_at) VALUES (?, 'match-terms', 'pairs', 4, 5, 1, 1,"
                    + " '{}', 0)", scored);
            score(h, 1, "ada", "link-1", "dep-old", "course-old");
            score(h, 2, "ada", "link-1", "dep-A", "course-1");
            session(h, "ada", "link-1", "dep-session", "course-session", 5);
            progress(h, "ben", "link-1");
            session(h, "ben", "link-1", "dep-B", null, 1);
            session(h, "ben", "link-1", "dep-B2", "course-2", 2);
            long unplaced = progress(h, "cy", "link-9");
            h.execute("INSERT INTO activity_progress (lesson_progress_id, activity_id, part, best_xp, xp_available,"
                    + " graded_attempts, revision, state_json, updated_at) VALUES (?, 'match-terms', 'pairs', 3, 5, 1, 1,"
                    + " '{}', 0)", unplaced);
        });

        flyway(null).migrate();

        Map<String, String> placed = jdbi.withHandle(h -> {
            Map<String, String> rows = new java.util.TreeMap<>();
            h.createQuery("SELECT subject, deployment_id, context_id FROM lesson_progress")
                    .map((rs, ctx) -> Map.entry(rs.getString(1), rs.getString(2) + "|" + rs.getString(3)))
                    .forEach(e -> rows.put(e.getKey(), e.getValue()));
            return rows;
        });
        assertEquals(Map.of("ada", "dep-A|course-1", "ben", "dep-B2|course-2", "cy", "|"), placed,
                "the newest score first, else the newest launch through the link, else nothing yet");
        Placement adaPlacement = new Placement("https://lms.example", "client-1", "dep-A", "course-1", "link-1",
                "cnn-basics");
        assertEquals(4, new JdbcProgressStore(jdbi, Clock.systemUTC()).load(adaPlacement.learner("ada"))
                .part("match-terms", Part.PAIRS).orElseThrow().bestXp(), "her answers are hers after the upgrade");
        // Cy's launch session was swept and no score was sent (a course without grade sync): his next visit
        // to the link takes the row over.
        Placement cyPlacement = new Placement("https://lms.example", "client-1", "dep-C", "course-3", "link-9",
                "cnn-basics");
        assertEquals(3, new JdbcProgressStore(jdbi, Clock.systemUTC()).load(cyPlacement.learner("cy"))
                .part("match-terms", Part.PAIRS).orElseThrow().bestXp(), "his answers are his too");
        assertEquals("dep-C|course-3", jdbi.withHandle(h -> h.createQuery("SELECT deployment_id || '|' || context_id"
                + " FROM lesson_progress WHERE subject = 'cy'").mapTo(String.class).one()));
    }

    private static long progress(Handle h, String subject, String link) {
        return h.createUpdate("INSERT INTO lesson_progress (issuer, client_id, subject, resource_link_id, lesson_id,"
                        + " created_at) VALUES ('https://lms.example', 'client-1', :subject, :link, 'cnn-basics', 0)")
                .bind("subject", subject).bind("link", link)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static void score(Handle h, long id, String subject, String link, String deployment, String context) {
        h.createUpdate("INSERT INTO score_outbox (id, target_key, issuer, client_id, deployment_id, context_id,"
                        + " resource_link_id, subject, lesson_id, label, scopes, score_given, score_maximum,"
                        + " activity_progress, score_timestamp, state, attempts, next_attempt_at, created_at, updated_at)"
                        + " VALUES (:id, 'target', 'https://lms.example', 'client-1', :deployment, :context, :link,"
                        + " :subject, 'cnn-basics', 'Lesson', 'score', 4, 20, 'InProgress', :id, 'DELIVERED', 1, 0, 0, 0)")
                .bind("id", id).bind("deployment", deployment).bind("context", context).bind("link", link)
                .bind("subject", subject).execute();
    }

    private static void session(Handle h, String subject, String link, String deployment, String context, long at) {
        h.createUpdate("INSERT INTO launch_session (handle, issuer, client_id, deployment_id, subject, roles,"
                        + " message_type, context_id, resource_link_id, launch_json, created_at, expires_at) VALUES"
                        + " (:handle, 'https://lms.example', 'client-1', :deployment, :subject, 'Learner',"
                        + " 'LtiResourceLinkRequest', :context, :link, '{}', :at, :at)")
                .bind("handle", subject + "-" + at).bind("deployment", deployment).bind("context", context)
                .bind("link", link).bind("subject", subject).bind("at", at).execute();
    }
}

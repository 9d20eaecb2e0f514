package org.convolve.storage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.convolve.lesson.Lesson;
import org.convolve.progress.AnswerRole;
import org.convolve.progress.ClassProgress;
import org.convolve.progress.ClassReport;
import org.convolve.progress.ClassStatistics;
import org.convolve.progress.Part;
import org.convolve.progress.Placement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * Class statistics in three queries per page, however large the class: each learner's best XP per
 * part, the learners' names, and the matching and choice answers. Every query keeps to attempts
 * made in a learner's role, so a person who only previewed as an instructor never shows up.
 */
public final class JdbcClassProgress implements ClassProgress {
    private static final String PLACEMENT = "p.issuer = :issuer AND p.client_id = :client"
            + " AND p.deployment_id = :deployment AND p.context_id = :context AND p.resource_link_id = :link"
            + " AND p.lesson_id = :lesson";

    private final Jdbi jdbi;

    public JdbcClassProgress(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public ClassReport report(Placement placement, Lesson lesson) {
        return jdbi.inTransaction(handle -> ClassStatistics.of(lesson, placement, bests(handle, placement),
                names(handle, placement), answers(handle, placement)));
    }

    private static List<ClassStatistics.PartBest> bests(Handle handle, Placement placement) {
        return bind(handle.createQuery("SELECT p.subject, a.activity_id, a.part, MAX(a.xp_earned) AS best,"
                        + " COUNT(*) AS attempts FROM lesson_progress p JOIN activity_attempt a"
                        + " ON a.lesson_progress_id = p.id WHERE " + PLACEMENT + " AND a.role = :role"
                        + " GROUP BY p.subject, a.activity_id, a.part"), placement)
                .map((rs, ctx) -> {
                    Optional<Part> part = Part.fromSlug(rs.getString("part"));
                    return part.isEmpty() ? null : new ClassStatistics.PartBest(rs.getString("subject"),
                            rs.getString("activity_id"), part.get(), rs.getDouble("best"), rs.getInt("attempts"));
                })
                .list().stream().filter(Objects::nonNull).toList();
    }

    /** The newest name each learner launched with, from sessions still on record. */
    private static Map<String, String> names(Handle handle, Placement placement) {
        Map<String, String> names = new HashMap<>();
        bind(handle.createQuery("SELECT s.subject, s.display_name FROM launch_session s"
                        + " WHERE s.issuer = :issuer AND s.client_id = :client AND s.display_name IS NOT NULL"
                        + " AND s.subject IN (SELECT p.subject FROM lesson_progress p WHERE " + PLACEMENT + ")"
                        + " ORDER BY s.created_at"), placement)
                .map((rs, ctx) -> Map.entry(rs.getString("subject"), rs.getString("display_name")))
                .forEach(entry -> names.put(entry.getKey(), entry.getValue()));
        return names;
    }

    private static List<ClassStatistics.GivenAnswer> answers(Handle handle, Placement placement) {
        return bind(handle.createQuery("SELECT p.subject, a.activity_id, a.part, a.submitted_json"
                        + " FROM lesson_progress p JOIN activity_attempt a ON a.lesson_progress_id = p.id"
                        + " WHERE " + PLACEMENT + " AND a.role = :role AND a.part IN (:pairs, :choice)"
                        + " ORDER BY a.id"), placement)
                .bind("pairs", Part.PAIRS.slug())
                .bind("choice", Part.CHOICE.slug())
                .map((rs, ctx) -> {
                    Optional<Part> part = Part.fromSlug(rs.getString("part"));
                    return part.isEmpty() ? null : new ClassStatistics.GivenAnswer(rs.getString("subject"),
                            rs.getString("activity_id"), part.get(), rs.getString("submitted_json"));
                })
                .list().stream().filter(Objects::nonNull).toList();
    }

    private static Query bind(Query query, Placement placement) {
        return query.bind("issuer", placement.issuer())
                .bind("client", placement.clientId())
                .bind("deployment", placement.deploymentId())
                .bind("context", placement.contextId())
                .bind("link", placement.resourceLinkId())
                .bind("lesson", placement.lessonId())
                .bind("role", AnswerRole.LEARNER.slug());
    }
}

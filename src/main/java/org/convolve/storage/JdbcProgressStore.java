package org.convolve.storage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convolve.progress.Answer;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.LessonProgress;
import org.convolve.progress.Part;
import org.convolve.progress.PartProgress;
import org.convolve.progress.ProgressStore;
import org.convolve.progress.StaleFormException;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementException;
import org.jdbi.v3.core.statement.Update;

/**
 * Progress in the database. Each save checks the form's revision with a conditional update (or a
 * primary-key insert for a first answer), so two posts of one form cannot both count, even when
 * they reach two tool instances at the same moment.
 */
public final class JdbcProgressStore implements ProgressStore {
    private final Jdbi jdbi;
    private final Clock clock;
    private final ProgressAdoption adoption;

    public JdbcProgressStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.adoption = new ProgressAdoption();
    }

    /** The learner's progress row and its parts, as one query reads them. */
    private record Stored(long id, List<PartProgress> parts) {
    }

    private record PartRow(long progressId, PartProgress part) {
    }

    /** A page load comes before any answer, so it is where progress under an older key is taken over. */
    @Override
    public LessonProgress load(LearnerKey key) {
        return jdbi.withHandle(handle -> find(handle, key)
                .or(() -> adoption.adopt(handle, key) ? find(handle, key) : Optional.empty())
                .map(stored -> new LessonProgress(key, stored.parts()))
                .orElseGet(() -> LessonProgress.empty(key)));
    }

    @Override
    public LessonProgress save(LearnerKey key, Answer answer, AfterSave inTransaction) {
        try {
            return jdbi.inTransaction(tx -> {
                // Locked before the parts are read: two answers of one learner at the same moment (two
                // parts, two tabs) would otherwise each total the other's part as it was before, and queue
                // a score below what the learner has. The second now waits for the first and reads it.
                // Locking in the query that reads the parts is not enough: a locking read that waited
                // returns the progress row as committed, but the parts joined to it as they were before.
                long progressId = lock(tx, key).or(() -> createProgress(tx, key))
                        .orElseGet(() -> lock(tx, key).orElseThrow());
                List<PartProgress> parts = find(tx, key).map(Stored::parts).orElse(List.of());
                Optional<PartProgress> before = parts.stream()
                        .filter(p -> p.activityId().equals(answer.activityId()) && p.part() == answer.part())
                        .findFirst();
                PartProgress after = before
                        .orElseGet(() -> PartProgress.untouched(answer.activityId(), answer.part(), 0))
                        .after(answer);
                long now = clock.millis();
                if (before.isEmpty()) {
                    insertPart(tx, progressId, after, now);
                } else if (updatePart(tx, progressId, after, before.get().revision(), now) == 0) {
                    throw new StaleFormException(answer.activityId(), answer.part(), answer.expectedRevision(),
                            before.get().revision() + 1);
                }
                if (answer.isGraded()) {
                    insertAttempt(tx, progressId, answer, now);
                }
                LessonProgress progress = new LessonProgress(key, replaced(parts, before, after));
                inTransaction.accept(tx, progress);
                return progress;
            });
        } catch (StatementException e) {
            if (UniqueViolation.causedBy(e)) {
                // Another request saved this part's first answer in the meantime.
                throw new StaleFormException(answer.activityId(), answer.part(), answer.expectedRevision(), 1);
            }
            throw e;
        }
    }

    /** The parts as they are once this save commits, sorted by activity and part like the query sorts them. */
    private static List<PartProgress> replaced(List<PartProgress> parts, Optional<PartProgress> before,
                                               PartProgress after) {
        List<PartProgress> result = new ArrayList<>(parts);
        before.ifPresent(result::remove);
        result.add(after);
        result.sort(Comparator.comparing(PartProgress::activityId).thenComparing(p -> p.part().slug()));
        return result;
    }

    /**
     * Creates the learner's progress row on their first answer; empty when a concurrent request
     * created it first. The savepoint keeps the transaction usable after that duplicate
     * (PostgreSQL aborts it otherwise).
     */
    private Optional<Long> createProgress(Handle tx, LearnerKey key) {
        tx.savepoint("lesson_progress");
        try {
            long id = bindKey(tx.createUpdate("INSERT INTO lesson_progress (issuer, client_id, deployment_id,"
                            + " context_id, resource_link_id, lesson_id, subject, created_at) VALUES (:issuer, :client,"
                            + " :deployment, :context, :link, :lesson, :subject, :now)"), key)
                    .bind("now", clock.millis())
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            tx.releaseSavepoint("lesson_progress");
            return Optional.of(id);
        } catch (StatementException e) {
            if (!UniqueViolation.causedBy(e)) {
                throw e;
            }
            tx.rollbackToSavepoint("lesson_progress");
            return Optional.empty();
        }
    }

    /** Binds a learner's key as every statement on lesson_progress names its columns. */
    private static <S extends SqlStatement<S>> S bindKey(S statement, LearnerKey key) {
        return statement
                .bind("issuer", key.placement().issuer())
                .bind("client", key.placement().clientId())
                .bind("deployment", key.placement().deploymentId())
                .bind("context", key.placement().contextId())
                .bind("link", key.placement().resourceLinkId())
                .bind("lesson", key.placement().lessonId())
                .bind("subject", key.subject());
    }

    /** The learner's progress row, locked until the transaction ends; empty when there is none yet. */
    private static Optional<Long> lock(Handle tx, LearnerKey key) {
        return bindKey(tx.createQuery("SELECT id FROM lesson_progress WHERE issuer = :issuer AND client_id = :client"
                        + " AND deployment_id = :deployment AND context_id = :context AND resource_link_id = :link"
                        + " AND lesson_id = :lesson AND subject = :subject FOR UPDATE"), key)
                .mapTo(Long.class)
                .findOne();
    }

    /** The progress row and its parts in one query: a launch's page and every answer read them. */
    private static Optional<Stored> find(Handle handle, LearnerKey key) {
        List<PartRow> rows = bindKey(handle.createQuery("SELECT p.id, a.activity_id, a.part, a.best_xp,"
                        + " a.xp_available, a.graded_attempts, a.revision, a.state_json FROM lesson_progress p"
                        + " LEFT JOIN activity_progress a ON a.lesson_progress_id = p.id"
                        + " WHERE p.issuer = :issuer AND p.client_id = :client AND p.deployment_id = :deployment"
                        + " AND p.context_id = :context AND p.resource_link_id = :link AND p.lesson_id = :lesson"
                        + " AND p.subject = :subject ORDER BY a.activity_id, a.part"), key)
                .map((rs, ctx) -> {
                    // A part this version does not know (written by a newer one) is left out.
                    Optional<Part> part = Optional.ofNullable(rs.getString("part")).flatMap(Part::fromSlug);
                    if (part.isEmpty()) {
                        return new PartRow(rs.getLong("id"), null);
                    }
                    return new PartRow(rs.getLong("id"), new PartProgress(rs.getString("activity_id"), part.get(),
                            rs.getDouble("best_xp"), rs.getDouble("xp_available"), rs.getInt("graded_attempts"),
                            rs.getInt("revision"), rs.getString("state_json")));
                })
                .list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Stored(rows.get(0).progressId(),
                rows.stream().map(PartRow::part).filter(Objects::nonNull).toList()));
    }

    private static void insertPart(Handle tx, long progressId, PartProgress part, long now) {
        bindPart(tx.createUpdate("INSERT INTO activity_progress (lesson_progress_id, activity_id, part, best_xp,"
                        + " xp_available, graded_attempts, revision, state_json, updated_at) VALUES (:id, :activity,"
                        + " :part, :best, :available, :attempts, :revision, :state, :now)"), progressId, part, now)
                .execute();
    }

    private static int updatePart(Handle tx, long progressId, PartProgress part, int revisionBefore, long now) {
        return bindPart(tx.createUpdate("UPDATE activity_progress SET best_xp = :best, xp_available = :available,"
                        + " graded_attempts = :attempts, revision = :revision, state_json = :state, updated_at = :now"
                        + " WHERE lesson_progress_id = :id AND activity_id = :activity AND part = :part"
                        + " AND revision = :before"), progressId, part, now)
                .bind("before", revisionBefore)
                .execute();
    }

    /** Binds a part's row as both the first save and every later one write it. */
    private static Update bindPart(Update update, long progressId, PartProgress part, long now) {
        return update
                .bind("id", progressId)
                .bind("activity", part.activityId())
                .bind("part", part.part().slug())
                .bind("best", part.bestXp())
                .bind("available", part.xpAvailable())
                .bind("attempts", part.gradedAttempts())
                .bind("revision", part.revision())
                .bind("state", part.stateJson())
                .bind("now", now);
    }

    private static void insertAttempt(Handle tx, long progressId, Answer answer, long now) {
        tx.createUpdate("INSERT INTO activity_attempt (lesson_progress_id, activity_id, part, role, submitted_json,"
                        + " xp_earned, xp_available, created_at) VALUES (:id, :activity, :part, :role, :submitted,"
                        + " :earned, :available, :now)")
                .bind("id", progressId)
                .bind("activity", answer.activityId())
                .bind("part", answer.part().slug())
                .bind("role", answer.role().slug())
                .bind("submitted", answer.submittedJson())
                .bind("earned", answer.xp().orElseThrow().earned())
                .bind("available", answer.xp().orElseThrow().available())
                .bind("now", now)
                .execute();
    }
}

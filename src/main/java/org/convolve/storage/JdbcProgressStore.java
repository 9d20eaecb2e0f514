package org.convolve.storage;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    public JdbcProgressStore(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public LessonProgress load(LearnerKey key) {
        return jdbi.withHandle(handle -> findProgressId(handle, key)
                .map(id -> new LessonProgress(key, parts(handle, id)))
                .orElseGet(() -> LessonProgress.empty(key)));
    }

    @Override
    public LessonProgress save(LearnerKey key, Answer answer, AfterSave inTransaction) {
        try {
            return jdbi.inTransaction(tx -> {
                Optional<Long> existing = findProgressId(tx, key);
                Optional<Long> created = existing.isPresent() ? Optional.empty() : createProgress(tx, key);
                long progressId = existing.or(() -> created).orElseGet(() -> findProgressId(tx, key).orElseThrow());
                // A row this transaction has just created has no parts yet; any other may.
                List<PartProgress> parts = created.isPresent() ? List.of() : parts(tx, progressId);
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
            long id = bindKey(tx.createUpdate("INSERT INTO lesson_progress (issuer, client_id, subject,"
                            + " resource_link_id, lesson_id, created_at) VALUES (:issuer, :client, :subject, :link,"
                            + " :lesson, :now)"), key)
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

    private static Optional<Long> findProgressId(Handle handle, LearnerKey key) {
        return bindKey(handle.createQuery("SELECT id FROM lesson_progress WHERE issuer = :issuer AND client_id = :client"
                        + " AND subject = :subject AND resource_link_id = :link AND lesson_id = :lesson"), key)
                .mapTo(Long.class)
                .findOne();
    }

    /** Binds a learner's key as every statement on lesson_progress names its columns. */
    private static <S extends SqlStatement<S>> S bindKey(S statement, LearnerKey key) {
        return statement
                .bind("issuer", key.issuer())
                .bind("client", key.clientId())
                .bind("subject", key.subject())
                .bind("link", key.resourceLinkId())
                .bind("lesson", key.lessonId());
    }

    private static List<PartProgress> parts(Handle handle, long progressId) {
        return handle.createQuery("SELECT activity_id, part, best_xp, xp_available, graded_attempts, revision,"
                        + " state_json FROM activity_progress WHERE lesson_progress_id = :id"
                        + " ORDER BY activity_id, part")
                .bind("id", progressId)
                .map((rs, ctx) -> {
                    Optional<Part> part = Part.fromSlug(rs.getString("part"));
                    return part.isEmpty() ? null : new PartProgress(rs.getString("activity_id"), part.get(),
                            rs.getDouble("best_xp"), rs.getDouble("xp_available"), rs.getInt("graded_attempts"),
                            rs.getInt("revision"), rs.getString("state_json"));
                })
                .list().stream().filter(java.util.Objects::nonNull).toList();
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

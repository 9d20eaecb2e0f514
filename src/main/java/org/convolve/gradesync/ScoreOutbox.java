package org.convolve.gradesync;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convolve.lti.ags.Score;
import org.convolve.lti.launch.AgsEndpoint;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.storage.ColumnText;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The write side of the durable outbox. {@link #enqueue} runs inside the caller's transaction,
 * so a score is stored exactly when the progress that earned it is; the worker delivers it.
 */
public final class ScoreOutbox {
    private static final Set<String> AGS_SCOPES = Set.of(AgsEndpoint.SCOPE_LINEITEM,
            AgsEndpoint.SCOPE_LINEITEM_READONLY, AgsEndpoint.SCOPE_RESULT_READONLY, AgsEndpoint.SCOPE_SCORE);

    /** What a score is: everything delivery needs, copied as it is when an instructor sends it again. */
    private static final String SCORE_COLUMNS = "target_key, issuer, client_id, deployment_id, context_id,"
            + " resource_link_id, subject, learner_name, lesson_id, activity_id, label, line_item_url, line_items_url,"
            + " scopes, score_given, score_maximum, activity_progress";
    /** Where a score stands in the queue; a copy starts afresh. */
    private static final String QUEUE_COLUMNS = "score_timestamp, state, attempts, next_attempt_at, created_at,"
            + " updated_at";

    private final Jdbi jdbi;
    private final Clock clock;
    private final GradeSyncMetrics metrics;

    public ScoreOutbox(Jdbi jdbi, Clock clock, GradeSyncMetrics metrics) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.metrics = metrics;
    }

    /**
     * Queues the learner's score for the gradebook, in the caller's open transaction, and returns
     * its outbox id. Empty when the launch gives nothing to post to: no AGS claim, no score scope,
     * neither a line item nor a container, or an instructor's own launch (gradebooks refuse them).
     */
    public Optional<Long> enqueue(Handle handle, LtiLaunch launch, EarnedScore earned) {
        if (!handle.isInTransaction()) {
            throw new IllegalStateException("ScoreOutbox.enqueue must run inside the progress transaction");
        }
        Optional<AgsEndpoint> ags = launch.ags();
        if (ags.isEmpty() || !ags.get().grants(AgsEndpoint.SCOPE_SCORE)
                || (ags.get().lineItem().isEmpty() && ags.get().lineItems().isEmpty())
                || (launch.roles().isInstructor() && !launch.roles().isLearner())) {
            return Optional.empty();
        }
        AgsEndpoint endpoint = ags.get();
        Optional<String> link = launch.resourceLink().map(LtiLaunch.ResourceLink::id);
        String target = targetKey(launch.platform().issuer(), launch.platform().clientId(), endpoint.lineItem(),
                endpoint.lineItems(), link, earned.tag(), launch.subject());
        ScoreClock.Stamp stamp = ScoreClock.next(handle, target, earned.earnedAt());
        long id = handle.createUpdate("INSERT INTO score_outbox (" + SCORE_COLUMNS + ", " + QUEUE_COLUMNS
                        + ") VALUES (:target,"
                        + " :issuer, :client, :deployment, :context, :link, :subject, :name, :lesson, :activity, :label,"
                        + " :lineItem, :lineItems, :scopes, :given, :maximum, :progress, :timestamp, 'PENDING', 0, :now,"
                        + " :now, :now)")
                .bind("target", target)
                .bind("issuer", launch.platform().issuer())
                .bind("client", launch.platform().clientId())
                .bind("deployment", launch.deploymentId())
                .bind("context", launch.context().map(LtiLaunch.LaunchContext::id).orElse(null))
                .bind("link", link.orElse(null))
                .bind("subject", launch.subject())
                .bind("name", ColumnText.fit(launch.name().orElse(null), ColumnText.NAME_WIDTH))
                .bind("lesson", earned.lessonId())
                .bind("activity", earned.activityId().orElse(null))
                .bind("label", earned.label())
                .bind("lineItem", endpoint.lineItem().map(URI::toString).orElse(null))
                .bind("lineItems", endpoint.lineItems().map(URI::toString).orElse(null))
                .bind("scopes", OutboxRows.joinScopes(endpoint.scopes().stream().filter(AGS_SCOPES::contains)
                        .collect(Collectors.toSet())))
                .bind("given", earned.xpEarned())
                .bind("maximum", earned.xpAvailable())
                .bind("progress", (earned.completed() ? Score.ActivityProgress.Completed
                        : Score.ActivityProgress.InProgress).name())
                .bind("timestamp", stamp.timestamp().toEpochMilli())
                .bind("now", clock.millis())
                .executeAndReturnGeneratedKeys("id")
                .mapTo(Long.class)
                .one();
        if (!stamp.firstForTarget()) {
            supersedeOlder(handle, target, id);
        }
        return Optional.of(id);
    }

    /**
     * The instructor's "send again": a copy of the learner's newest score for that column with a
     * fresh timestamp, due now. The newest, not the one named: a page opened before the learner
     * answered again names an older score, and sending that would lower the grade. Only a score of
     * the instructor's own course can be sent again; empty otherwise.
     */
    public Optional<Long> sendAgain(CourseKey course, long outboxId) {
        Optional<Long> copy = jdbi.inTransaction(handle -> {
            Optional<OutboxEntry> found = handle.createQuery("SELECT * FROM score_outbox WHERE id = :id"
                            + " AND issuer = :issuer AND client_id = :client AND deployment_id = :deployment"
                            + " AND context_id = :context")
                    .bind("id", outboxId)
                    .bind("issuer", course.issuer())
                    .bind("client", course.clientId())
                    .bind("deployment", course.deploymentId())
                    .bind("context", course.contextId())
                    .map(OutboxRows.INSTANCE)
                    .findOne();
            if (found.isEmpty()) {
                return Optional.<Long>empty();
            }
            OutboxEntry entry = found.get();
            long newest = handle.createQuery("SELECT id FROM score_outbox WHERE target_key = :target"
                            + " ORDER BY score_timestamp DESC, id DESC FETCH FIRST 1 ROW ONLY")
                    .bind("target", entry.targetKey())
                    .mapTo(Long.class)
                    .one();
            Instant timestamp = ScoreClock.next(handle, entry.targetKey(), clock.instant()).timestamp();
            long id = handle.createUpdate("INSERT INTO score_outbox (" + SCORE_COLUMNS + ", " + QUEUE_COLUMNS
                            + ") SELECT " + SCORE_COLUMNS + ", :timestamp, 'PENDING', 0, :now, :now, :now"
                            + " FROM score_outbox WHERE id = :id")
                    .bind("timestamp", timestamp.toEpochMilli())
                    .bind("now", clock.millis())
                    .bind("id", newest)
                    .executeAndReturnGeneratedKeys("id")
                    .mapTo(Long.class)
                    .one();
            supersedeOlder(handle, entry.targetKey(), id);
            return Optional.of(id);
        });
        copy.ifPresent(id -> metrics.resent());
        return copy;
    }

    /** Older scores not yet delivered and not in someone's hands are replaced by the newer one. */
    private void supersedeOlder(Handle handle, String target, long newest) {
        long now = clock.millis();
        handle.createUpdate("UPDATE score_outbox SET state = 'SUPERSEDED', updated_at = :now,"
                        + " last_message = :why WHERE target_key = :target AND id <> :newest AND state = 'PENDING'"
                        + " AND (claimed_until IS NULL OR claimed_until < :now)")
                .bind("now", now)
                .bind("why", "Replaced by a newer score (#" + newest + ") before it was delivered.")
                .bind("target", target)
                .bind("newest", newest)
                .execute();
    }

    /** One key per (line item, learner): the line item's URL when the launch names it, else link and tag. */
    static String targetKey(String issuer, String clientId, Optional<URI> lineItem, Optional<URI> lineItems,
                            Optional<String> resourceLink, String tag, String subject) {
        return lineItem.map(item -> Sha256.of(issuer, clientId, "item", item.toString(), subject))
                .orElseGet(() -> Sha256.of(issuer, clientId, "link", lineItems.map(URI::toString).orElse(""),
                        resourceLink.orElse(""), tag, subject));
    }
}

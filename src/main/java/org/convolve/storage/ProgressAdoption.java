package org.convolve.storage;

import java.util.concurrent.TimeUnit;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.Placement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;

/**
 * Progress filed under another key of the same learner and link, taken over when the learner comes
 * back, so that nothing they did is lost:
 * <ul>
 *   <li>rows migration V11 could not place (no score and no launch session left to say which
 *       deployment and course they belonged to): their deployment and course are empty;</li>
 *   <li>rows of a deployment the platform replaced: Canvas gives a tool it installs again a new
 *       deployment id, while the course and its links keep theirs.</li>
 * </ul>
 * Only runs when the learner has no progress under their own key, outside a transaction: a
 * concurrent first answer that created the key's row first simply wins.
 */
final class ProgressAdoption {
    // This version never writes a row without a deployment (every launch names one), but an instance
    // of the version before V11 still running against the same database would: having found none,
    // look again only after a while.
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MINUTES.toNanos(10);
    private volatile boolean unplacedRowsMayExist = true;
    private volatile long lookedAt;
    private volatile boolean looked;

    /** @return true when a row now carries the learner's key */
    boolean adopt(Handle handle, LearnerKey key) {
        try {
            return fromReplacedDeployment(handle, key) || unplacedRowsMayExist(handle) && unplaced(handle, key);
        } catch (StatementException e) {
            if (UniqueViolation.causedBy(e)) {
                return true;
            }
            throw e;
        }
    }

    private static boolean fromReplacedDeployment(Handle handle, LearnerKey key) {
        Placement placement = key.placement();
        int moved = handle.createUpdate("UPDATE lesson_progress SET deployment_id = :deployment WHERE id ="
                        + " (SELECT id FROM lesson_progress WHERE issuer = :issuer AND client_id = :client"
                        + " AND context_id = :context AND resource_link_id = :link AND lesson_id = :lesson"
                        + " AND subject = :subject AND deployment_id <> :deployment AND deployment_id <> ''"
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROW ONLY)")
                .bind("issuer", placement.issuer())
                .bind("client", placement.clientId())
                .bind("deployment", placement.deploymentId())
                .bind("context", placement.contextId())
                .bind("link", placement.resourceLinkId())
                .bind("lesson", placement.lessonId())
                .bind("subject", key.subject())
                .execute();
        return moved > 0;
    }

    private static boolean unplaced(Handle handle, LearnerKey key) {
        Placement placement = key.placement();
        return handle.createUpdate("UPDATE lesson_progress SET deployment_id = :deployment, context_id = :context"
                        + " WHERE issuer = :issuer AND client_id = :client AND context_id = '' AND deployment_id = ''"
                        + " AND resource_link_id = :link AND lesson_id = :lesson AND subject = :subject")
                .bind("issuer", placement.issuer())
                .bind("client", placement.clientId())
                .bind("deployment", placement.deploymentId())
                .bind("context", placement.contextId())
                .bind("link", placement.resourceLinkId())
                .bind("lesson", placement.lessonId())
                .bind("subject", key.subject())
                .execute() > 0;
    }

    private boolean unplacedRowsMayExist(Handle handle) {
        if (!looked || !unplacedRowsMayExist && System.nanoTime() - lookedAt > LOOK_AGAIN_NANOS) {
            unplacedRowsMayExist = handle.createQuery(
                    "SELECT id FROM lesson_progress WHERE deployment_id = '' FETCH FIRST 1 ROW ONLY")
                    .mapTo(Long.class).findFirst().isPresent();
            lookedAt = System.nanoTime();
            looked = true;
        }
        return unplacedRowsMayExist;
    }
}

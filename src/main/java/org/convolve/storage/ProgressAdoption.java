package org.convolve.storage;

import java.util.Map;
import java.util.Optional;
import org.convolve.progress.LearnerKey;
import org.convolve.progress.Placement;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Progress filed under another key of the same learner and link, taken over when the learner comes
 * back, so that nothing they did is lost:
 * <ul>
 *   <li>rows migration V11 could not place (no score and no launch session left to say which
 *       deployment and course they belonged to): their deployment and course are empty;</li>
 *   <li>rows of a deployment the platform replaced: Canvas gives a tool it installs again a new
 *       deployment id, while the course and its links keep theirs. Each such move is logged: two
 *       deployments in use at once for one course and link would pass the row between them.</li>
 * </ul>
 * Only tried when the learner has no progress under their own key, outside a transaction; whoever
 * files the row under the key first (another page load, a first answer) wins, and the caller then
 * reads it again.
 */
final class ProgressAdoption {
    private static final Logger LOG = LoggerFactory.getLogger(ProgressAdoption.class);

    /**
     * @return whether a row may now carry the learner's key (taken over here, or by another request
     *     since the caller looked), so that the caller reads again; false only when there is none
     */
    boolean adopt(Handle handle, LearnerKey key) {
        try {
            // Unplaced rows first, then a look at every deployment: whatever another request moves in
            // between, one of the two sees it.
            if (unplaced(handle, key)) {
                return true;
            }
            Optional<String> newest = newestFiledDeployment(handle, key);
            return newest.isPresent() && (newest.get().equals(key.placement().deploymentId())
                    || fromReplacedDeployment(handle, key, newest.get()));
        } catch (StatementException e) {
            if (UniqueViolation.causedBy(e)) {
                return true;
            }
            throw e;
        }
    }

    /**
     * The deployment of the learner's newest row for this course and link, whichever deployment:
     * the learner's own one means another request filed it under their key since the caller looked.
     */
    private static Optional<String> newestFiledDeployment(Handle handle, LearnerKey key) {
        return handle.createQuery("SELECT deployment_id FROM lesson_progress WHERE issuer = :issuer"
                        + " AND client_id = :client AND context_id = :context AND resource_link_id = :link"
                        + " AND lesson_id = :lesson AND subject = :subject AND deployment_id <> ''"
                        + " ORDER BY created_at DESC, id DESC FETCH FIRST 1 ROW ONLY")
                .bindMap(keyValues(key))
                .mapTo(String.class)
                .findFirst();
    }

    private static boolean fromReplacedDeployment(Handle handle, LearnerKey key, String from) {
        Placement placement = key.placement();
        int moved = handle.createUpdate("UPDATE lesson_progress SET deployment_id = :deployment WHERE issuer = :issuer"
                        + " AND client_id = :client AND context_id = :context AND resource_link_id = :link"
                        + " AND lesson_id = :lesson AND subject = :subject AND deployment_id = :from")
                .bindMap(keyValues(key))
                .bind("from", from)
                .execute();
        if (moved > 0) {
            LOG.info("progress taken over from deployment {} by deployment {} (iss={} context={} link={})",
                    loggable(from), loggable(placement.deploymentId()), loggable(placement.issuer()),
                    loggable(placement.contextId()), loggable(placement.resourceLinkId()));
        }
        // Zero when another request moved it first: it is under the key now all the same.
        return true;
    }

    /** The learner's key under the names every statement here gives its columns. */
    private static Map<String, Object> keyValues(LearnerKey key) {
        Placement placement = key.placement();
        return Map.of("issuer", placement.issuer(), "client", placement.clientId(),
                "deployment", placement.deploymentId(), "context", placement.contextId(),
                "link", placement.resourceLinkId(), "lesson", placement.lessonId(), "subject", key.subject());
    }

    /** Ids come from a signed launch, but a line break in one must still not start a log line of its own. */
    private static String loggable(String id) {
        return id.replaceAll("\\p{Cntrl}", "?");
    }

    /** One lookup on the whole unique key: cheaper than asking first whether such rows exist at all. */
    private static boolean unplaced(Handle handle, LearnerKey key) {
        return handle.createUpdate("UPDATE lesson_progress SET deployment_id = :deployment, context_id = :context"
                        + " WHERE issuer = :issuer AND client_id = :client AND context_id = '' AND deployment_id = ''"
                        + " AND resource_link_id = :link AND lesson_id = :lesson AND subject = :subject")
                .bindMap(keyValues(key))
                .execute() > 0;
    }
}

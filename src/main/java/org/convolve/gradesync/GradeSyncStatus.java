package org.convolve.gradesync;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.convolve.progress.NameOrder;
import org.jdbi.v3.core.Jdbi;

/** Where each learner's grade stands in a course: the newest score per (line item, learner). */
public final class GradeSyncStatus {
    private final Jdbi jdbi;

    public GradeSyncStatus(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /**
     * By learner name, then label; superseded scores never show, a refused newest one does. The
     * query returns only each target's newest score: a course's history grows with every answer,
     * and the instructor page used to read all of it.
     */
    public List<OutboxEntry> latestFor(CourseKey course) {
        List<OutboxEntry> result = new ArrayList<>(newestPerTarget(course, "state <> 'SUPERSEDED'"));
        result.sort(NameOrder.byName((OutboxEntry e) -> e.learnerName().orElse(e.subject()), OutboxEntry::subject)
                .thenComparing(OutboxEntry::label));
        return result;
    }

    /**
     * The newest delivered score of each learner and column in the course, by target key: what the
     * gradebook holds while a newer score waits or was refused.
     */
    public Map<String, OutboxEntry> lastDeliveredFor(CourseKey course) {
        Map<String, OutboxEntry> delivered = new HashMap<>();
        newestPerTarget(course, "state = 'DELIVERED'").forEach(entry -> delivered.put(entry.targetKey(), entry));
        return delivered;
    }

    private List<OutboxEntry> newestPerTarget(CourseKey course, String stateCondition) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY"
                        + " target_key ORDER BY score_timestamp DESC, id DESC) AS newest_first FROM score_outbox o"
                        + " WHERE issuer = :issuer AND client_id = :client AND deployment_id = :deployment"
                        + " AND context_id = :context AND " + stateCondition + ") ranked WHERE newest_first = 1")
                .bind("issuer", course.issuer())
                .bind("client", course.clientId())
                .bind("deployment", course.deploymentId())
                .bind("context", course.contextId())
                .map(OutboxRows.INSTANCE)
                .list());
    }
}

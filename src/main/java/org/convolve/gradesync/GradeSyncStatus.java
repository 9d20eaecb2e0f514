package org.convolve.gradesync;

import java.util.ArrayList;
import java.util.List;
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
        List<OutboxEntry> result = new ArrayList<>(jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM"
                        + " (SELECT o.*, ROW_NUMBER() OVER (PARTITION BY target_key ORDER BY score_timestamp DESC, id DESC)"
                        + " AS newest_first FROM score_outbox o WHERE issuer = :issuer AND client_id = :client"
                        + " AND deployment_id = :deployment AND context_id = :context AND state <> 'SUPERSEDED') ranked"
                        + " WHERE newest_first = 1")
                .bind("issuer", course.issuer())
                .bind("client", course.clientId())
                .bind("deployment", course.deploymentId())
                .bind("context", course.contextId())
                .map(OutboxRows.INSTANCE)
                .list()));
        result.sort(NameOrder.byName((OutboxEntry e) -> e.learnerName().orElse(e.subject()), OutboxEntry::subject)
                .thenComparing(OutboxEntry::label));
        return result;
    }
}

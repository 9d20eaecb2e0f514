package org.convolve.gradesync;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/** Where each learner's grade stands in a course: the newest score per (line item, learner). */
public final class GradeSyncStatus {
    private final Jdbi jdbi;

    public GradeSyncStatus(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Newest first by learner name; superseded scores never show, a refused newest one does. */
    public List<OutboxEntry> latestFor(CourseKey course) {
        List<OutboxEntry> rows = jdbi.withHandle(handle -> handle.createQuery("SELECT * FROM score_outbox"
                        + " WHERE issuer = :issuer AND client_id = :client AND context_id = :context"
                        + " AND state <> 'SUPERSEDED' ORDER BY score_timestamp DESC, id DESC")
                .bind("issuer", course.issuer())
                .bind("client", course.clientId())
                .bind("context", course.contextId())
                .map(OutboxRows.INSTANCE)
                .list());
        Map<String, OutboxEntry> newest = new LinkedHashMap<>();
        rows.forEach(row -> newest.putIfAbsent(row.targetKey(), row));
        List<OutboxEntry> result = new ArrayList<>(newest.values());
        result.sort(Comparator.comparing((OutboxEntry e) -> e.learnerName().orElse(e.subject()))
                .thenComparing(OutboxEntry::label));
        return result;
    }
}

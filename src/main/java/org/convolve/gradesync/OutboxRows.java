package org.convolve.gradesync;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.convolve.lti.ags.Score;
import org.convolve.lti.registration.PlatformKey;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** Reads outbox rows. */
final class OutboxRows implements RowMapper<OutboxEntry> {
    static final OutboxRows INSTANCE = new OutboxRows();

    @Override
    public OutboxEntry map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new OutboxEntry(
                rs.getLong("id"),
                rs.getString("target_key"),
                new PlatformKey(rs.getString("issuer"), rs.getString("client_id")),
                rs.getString("deployment_id"),
                text(rs, "context_id"),
                text(rs, "resource_link_id"),
                rs.getString("subject"),
                text(rs, "learner_name"),
                rs.getString("lesson_id"),
                text(rs, "activity_id"),
                rs.getString("label"),
                text(rs, "line_item_url").map(URI::create),
                text(rs, "line_items_url").map(URI::create),
                scopes(rs.getString("scopes")),
                rs.getDouble("score_given"),
                rs.getDouble("score_maximum"),
                Score.ActivityProgress.valueOf(rs.getString("activity_progress")),
                Instant.ofEpochMilli(rs.getLong("score_timestamp")),
                OutboxState.valueOf(rs.getString("state")),
                rs.getInt("attempts"),
                Instant.ofEpochMilli(rs.getLong("next_attempt_at")),
                instant(rs, "claimed_until"),
                text(rs, "claim_token"),
                integer(rs, "last_status"),
                text(rs, "last_message"),
                instant(rs, "delivered_at"));
    }

    static String joinScopes(Set<String> scopes) {
        return scopes.stream().sorted().collect(Collectors.joining(" "));
    }

    private static Set<String> scopes(String value) {
        return value == null || value.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(value.trim().split("\\s+")));
    }

    private static Optional<String> text(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    private static Optional<Instant> instant(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(value));
    }

    private static Optional<Integer> integer(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? Optional.empty() : Optional.of(value);
    }
}

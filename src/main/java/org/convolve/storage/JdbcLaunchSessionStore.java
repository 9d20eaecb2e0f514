package org.convolve.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.convolve.lti.launch.LtiLaunch;
import org.convolve.lti.login.BrowserBinding;
import org.convolve.web.LaunchSession;
import org.convolve.web.LaunchSessionStore;
import org.jdbi.v3.core.Jdbi;

/** Launch sessions in the database, so that any tool instance can serve a learner's next request. */
public final class JdbcLaunchSessionStore implements LaunchSessionStore {
    private static final int SWEEP_LIMIT = 50_000;
    private static final int DELETE_BATCH = 500;

    private final Jdbi jdbi;
    private final ObjectMapper json;
    private final Duration lifetime;
    private final Clock clock;

    public JdbcLaunchSessionStore(Jdbi jdbi, ObjectMapper json, Duration lifetime, Clock clock) {
        this.jdbi = jdbi;
        this.json = json;
        this.lifetime = lifetime;
        this.clock = clock;
    }

    @Override
    public LaunchSession create(LtiLaunch launch) {
        LaunchSession session = new LaunchSession(BrowserBinding.newRandomValue(), launch, clock.instant().plus(lifetime));
        jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO launch_session (handle, issuer, client_id,"
                        + " deployment_id, subject, display_name, email, roles, message_type, context_id, context_title,"
                        + " resource_link_id, launch_json, created_at, expires_at) VALUES (:handle, :issuer, :client,"
                        + " :deployment, :subject, :name, :email, :roles, :type, :context, :contextTitle, :link, :json,"
                        + " :created, :expires)")
                .bind("handle", BrowserBinding.hash(session.handle()))
                .bind("issuer", launch.platform().issuer())
                .bind("client", launch.platform().clientId())
                .bind("deployment", launch.deploymentId())
                .bind("subject", launch.subject())
                .bind("name", ColumnText.fit(launch.name().orElse(null), ColumnText.NAME_WIDTH))
                .bind("email", ColumnText.fit(launch.email().orElse(null), ColumnText.EMAIL_WIDTH))
                .bind("roles", ColumnText.roles(launch.roles()))
                .bind("type", launch.messageType())
                .bind("context", launch.context().map(LtiLaunch.LaunchContext::id).orElse(null))
                .bind("contextTitle", ColumnText.fit(launch.context().flatMap(LtiLaunch.LaunchContext::title).orElse(null),
                        ColumnText.TITLE_WIDTH))
                .bind("link", launch.resourceLink().map(LtiLaunch.ResourceLink::id).orElse(null))
                .bind("json", write(launch))
                .bind("created", clock.millis())
                .bind("expires", session.expiresAt().toEpochMilli())
                .execute());
        return session;
    }

    /** Handles are stored hashed: a leaked database dump does not hand out live sessions. */
    @Override
    public Optional<LaunchSession> find(String handle) {
        if (handle == null || handle.length() != 43) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT launch_json, expires_at FROM launch_session WHERE handle = :handle AND expires_at > :now")
                .bind("handle", BrowserBinding.hash(handle))
                .bind("now", clock.millis())
                .map((rs, ctx) -> new LaunchSession(handle, read(rs.getString("launch_json")),
                        Instant.ofEpochMilli(rs.getLong("expires_at"))))
                .findOne());
    }

    /**
     * Deletes expired sessions that a newer session of the same person in the same course has
     * followed. The newest session of each person and course stays: the roster and the class
     * statistics read learners' names and roles from it. One ranking query finds the sessions (at
     * most {@value #SWEEP_LIMIT} per call, the rest wait for the next sweep); a correlated
     * "is there a newer one" delete took minutes on H2 for a few thousand rows.
     *
     * @return how many sessions were deleted
     */
    public int deleteSuperseded() {
        List<String> handles = jdbi.withHandle(handle -> handle.createQuery("SELECT handle FROM (SELECT handle,"
                        + " expires_at, ROW_NUMBER() OVER (PARTITION BY issuer, client_id, subject, context_id"
                        + " ORDER BY created_at DESC) AS newest_first FROM launch_session) ranked"
                        + " WHERE newest_first > 1 AND expires_at < :now LIMIT :limit")
                .bind("now", clock.millis())
                .bind("limit", SWEEP_LIMIT)
                .mapTo(String.class)
                .list());
        int deleted = 0;
        for (int from = 0; from < handles.size(); from += DELETE_BATCH) {
            List<String> batch = handles.subList(from, Math.min(handles.size(), from + DELETE_BATCH));
            deleted += jdbi.withHandle(handle -> handle.createUpdate(
                            "DELETE FROM launch_session WHERE handle IN (<handles>)")
                    .bindList("handles", batch)
                    .execute());
        }
        return deleted;
    }

    private String write(LtiLaunch launch) {
        try {
            return json.writeValueAsString(launch);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A launch could not be written as JSON", e);
        }
    }

    private LtiLaunch read(String text) {
        try {
            return json.readValue(text, LtiLaunch.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored launch could not be read", e);
        }
    }
}

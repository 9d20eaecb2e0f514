package org.convolve.storage;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.convolve.lti.registration.DeploymentPolicy;
import org.convolve.lti.registration.Platform;
import org.convolve.lti.registration.PlatformKey;
import org.convolve.lti.registration.PlatformRepository;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

public final class JdbcPlatformRepository implements PlatformRepository {
    private static final String SELECT = "SELECT id, issuer, client_id, name, authorization_endpoint,"
            + " token_endpoint, jwks_uri, deployment_policy FROM platform";

    private final Jdbi jdbi;
    private final Clock clock;

    public JdbcPlatformRepository(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    @Override
    public Optional<Platform> find(String issuer, String clientId) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE issuer = :issuer AND client_id = :client")
                .bind("issuer", issuer).bind("client", clientId)
                .map((rs, ctx) -> read(handle, rs)).findOne());
    }

    @Override
    public List<Platform> findByIssuer(String issuer) {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " WHERE issuer = :issuer")
                .bind("issuer", issuer).map((rs, ctx) -> read(handle, rs)).list());
    }

    @Override
    public List<Platform> all() {
        return jdbi.withHandle(handle -> handle.createQuery(SELECT + " ORDER BY id")
                .map((rs, ctx) -> read(handle, rs)).list());
    }

    /**
     * Two instances starting with the same platforms file may insert the same registration at
     * once; the loser's transaction fails on the unique key, and its second try finds the row.
     */
    @Override
    public void save(Platform platform) {
        try {
            saveOnce(platform);
        } catch (UnableToExecuteStatementException e) {
            if (!UniqueViolation.causedBy(e)) {
                throw e;
            }
            saveOnce(platform);
        }
    }

    private void saveOnce(Platform platform) {
        jdbi.useTransaction(handle -> {
            Optional<Long> existing = idOf(handle, platform.key());
            long id;
            if (existing.isPresent()) {
                id = existing.get();
                handle.createUpdate("UPDATE platform SET name = :name, authorization_endpoint = :auth,"
                                + " token_endpoint = :token, jwks_uri = :jwks, deployment_policy = :policy WHERE id = :id")
                        .bind("id", id).bind("name", platform.name())
                        .bind("auth", platform.authorizationEndpoint().toString())
                        .bind("token", platform.tokenEndpoint().toString())
                        .bind("jwks", platform.jwksUri().toString())
                        .bind("policy", platform.deploymentPolicy().name()).execute();
            } else {
                id = handle.createUpdate("INSERT INTO platform (issuer, client_id, name, authorization_endpoint,"
                                + " token_endpoint, jwks_uri, deployment_policy, created_at)"
                                + " VALUES (:issuer, :client, :name, :auth, :token, :jwks, :policy, :now)")
                        .bind("issuer", platform.issuer()).bind("client", platform.clientId())
                        .bind("name", platform.name())
                        .bind("auth", platform.authorizationEndpoint().toString())
                        .bind("token", platform.tokenEndpoint().toString())
                        .bind("jwks", platform.jwksUri().toString())
                        .bind("policy", platform.deploymentPolicy().name())
                        .bind("now", clock.millis())
                        .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            }
            for (String deployment : platform.deploymentIds()) {
                insertDeployment(handle, id, deployment);
            }
        });
    }

    @Override
    public boolean addDeployment(PlatformKey platform, String deploymentId) {
        return jdbi.inTransaction(handle -> {
            long id = idOf(handle, platform).orElseThrow(() ->
                    new IllegalArgumentException("No registration " + platform));
            return insertDeployment(handle, id, deploymentId);
        });
    }

    /**
     * Two tool instances may record the same new deployment at once. NOT EXISTS cannot see the
     * other's uncommitted row, so the later insert waits for it and then breaks the primary key.
     * On PostgreSQL that error aborts the whole transaction, so the insert runs under a savepoint
     * and a duplicate rolls back to it: the deployment is recorded, just not by us.
     */
    private boolean insertDeployment(Handle handle, long platformId, String deploymentId) {
        String savepoint = "deployment_insert";
        handle.savepoint(savepoint);
        try {
            boolean inserted = handle.createUpdate("INSERT INTO platform_deployment (platform_id, deployment_id, created_at)"
                            + " SELECT :id, :deployment, :now WHERE NOT EXISTS (SELECT 1 FROM platform_deployment"
                            + " WHERE platform_id = :id AND deployment_id = :deployment)")
                    .bind("id", platformId).bind("deployment", deploymentId).bind("now", clock.millis())
                    .execute() == 1;
            handle.releaseSavepoint(savepoint);
            return inserted;
        } catch (UnableToExecuteStatementException e) {
            if (!UniqueViolation.causedBy(e)) {
                throw e;
            }
            handle.rollbackToSavepoint(savepoint);
            return false;
        }
    }

    private static Optional<Long> idOf(Handle handle, PlatformKey key) {
        return handle.createQuery("SELECT id FROM platform WHERE issuer = :issuer AND client_id = :client")
                .bind("issuer", key.issuer()).bind("client", key.clientId()).mapTo(Long.class).findOne();
    }

    private static Platform read(Handle handle, ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        Set<String> deployments = new HashSet<>(handle.createQuery(
                        "SELECT deployment_id FROM platform_deployment WHERE platform_id = :id")
                .bind("id", id).mapTo(String.class).list());
        return new Platform(
                rs.getString("issuer"),
                rs.getString("client_id"),
                rs.getString("name"),
                URI.create(rs.getString("authorization_endpoint")),
                URI.create(rs.getString("token_endpoint")),
                URI.create(rs.getString("jwks_uri")),
                deployments,
                DeploymentPolicy.valueOf(rs.getString("deployment_policy")));
    }
}

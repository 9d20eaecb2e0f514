package org.convolve.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jdbi.v3.core.Jdbi;

/** The connection pool, the schema migrations and the JDBI handle over them. */
public final class Database implements AutoCloseable {
    static final Duration HEALTH_WAIT = Duration.ofSeconds(3);
    /** Flyway holds one connection for its lock while it migrates with another. */
    public static final int LEAST_POOL_SIZE = 2;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final ExecutorService healthChecks = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "convolve-health-check");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Boolean> healthCheck;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    public static Database open(String jdbcUrl, String user, String password, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(poolSize);
        config.setPoolName("convolve");
        HikariDataSource dataSource;
        try {
            dataSource = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new DatabaseUnavailable(jdbcUrl, "opened", e);
        }
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw new DatabaseUnavailable(jdbcUrl, "brought up to date (schema migration)", e);
        }
        return new Database(dataSource);
    }

    /** A JDBC URL fit to show: options after '?' or ';' may carry a password; the rest still says which database. */
    public static String withoutOptions(String jdbcUrl) {
        return jdbcUrl.split("[?;]", 2)[0];
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    /**
     * Whether the database answers, within a few seconds: a load balancer's health check gives up
     * long before the pool's 30 s wait for a connection. A check still waiting is shared by the
     * next callers instead of piling up another.
     */
    public boolean isHealthy() {
        Future<Boolean> check;
        synchronized (this) {
            if (healthCheck == null || healthCheck.isDone()) {
                healthCheck = healthChecks.submit(this::answers);
            }
            check = healthCheck;
        }
        try {
            return check.get(HEALTH_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private boolean answers() {
        try {
            return jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one()) == 1;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        healthChecks.shutdownNow();
        dataSource.close();
    }
}

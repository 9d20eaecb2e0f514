package org.convolve.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives a test class its own empty PostgreSQL schema inside the shared test database, and drops
 * it afterwards, so test classes never see each other's tables.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final PostgresSupport postgres = new PostgresSupport();
 *
 * try (Connection c = postgres.connect()) { ... }      // search_path = postgres.schema()
 * Flyway.configure().dataSource(postgres.jdbcUrl(), postgres.user(), postgres.password())
 * </pre>
 *
 * The field must be static: the schema is made once per class (beforeAll). Without a reachable
 * server the class is skipped, or fails when CI=true (see {@link MissingPrerequisite}).
 */
public final class PostgresSupport implements BeforeAllCallback, BeforeEachCallback, AfterAllCallback {

    static final String DEFAULT_URL = "jdbc:postgresql://localhost:5432/convolve_test";
    static final String DEFAULT_USER = "convolve";
    static final String DEFAULT_PASSWORD = "convolve";

    // Short, so a developer without PostgreSQL waits a few seconds, not the driver's default.
    private static final int CONNECT_TIMEOUT_SECONDS = 5;

    private static final String HOW_TO_ENABLE =
            "install PostgreSQL (apt-get install postgresql), start it (pg_ctlcluster 15 main start),"
            + " and create the role and database as .ci/run does (role convolve with password"
            + " convolve, database convolve_test owned by it); or point CONVOLVE_TEST_PG_URL,"
            + " CONVOLVE_TEST_PG_USER and CONVOLVE_TEST_PG_PASSWORD at another server.";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String baseUrl;
    private final String user;
    private final String password;
    private final MissingPrerequisite missing;
    private String schema;
    private SQLException unavailable;

    public PostgresSupport() {
        this(System.getenv(), MissingPrerequisite.fromEnvironment());
    }

    PostgresSupport(Map<String, String> environment, MissingPrerequisite missing) {
        this.baseUrl = environment.getOrDefault("CONVOLVE_TEST_PG_URL", DEFAULT_URL);
        this.user = environment.getOrDefault("CONVOLVE_TEST_PG_USER", DEFAULT_USER);
        this.password = environment.getOrDefault("CONVOLVE_TEST_PG_PASSWORD", DEFAULT_PASSWORD);
        this.missing = missing;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        try {
            createSchema();
        } catch (SQLException e) {
            // Reported per test in beforeEach: surefire counts and shows skipped tests, but
            // a class aborted in beforeAll shows as "Tests run: 0" with the message hidden.
            unavailable = e;
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        if (unavailable != null) {
            throw unavailableReport(unavailable);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        dropSchema();
    }

    /** Creates this instance's schema; the extension calls it, tests rarely need to. */
    public void createSchema() throws SQLException {
        String name = "test_" + HexFormat.of().formatHex(randomBytes(6));
        try (Connection connection = connectTo(baseUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("create schema " + name);
        }
        schema = name;
    }

    /** Drops this instance's schema and everything in it. */
    public void dropSchema() throws SQLException {
        if (schema == null) {
            return;
        }
        try (Connection connection = connectTo(baseUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + schema + " cascade");
        }
        schema = null;
    }

    /** The schema's name, a random lower-case identifier safe to put in SQL unquoted. */
    public String schema() {
        if (unavailable != null) {
            throw unavailableReport(unavailable);
        }
        if (schema == null) {
            throw new IllegalStateException(
                    "no schema: register PostgresSupport with @RegisterExtension on a static field");
        }
        return schema;
    }

    /** A JDBC URL whose connections use {@link #schema()} as their current schema. */
    public String jdbcUrl() {
        String separator = baseUrl.contains("?") ? "&" : "?";
        return baseUrl + separator + "currentSchema=" + schema();
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** A new connection to the isolated schema; the caller closes it. */
    public Connection connect() throws SQLException {
        return connectTo(jdbcUrl());
    }

    private Connection connectTo(String url) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        properties.setProperty("loginTimeout", String.valueOf(CONNECT_TIMEOUT_SECONDS));
        return DriverManager.getConnection(url, properties);
    }

    private RuntimeException unavailableReport(SQLException cause) {
        return missing.report("PostgreSQL at " + baseUrl + " (user " + user
                + ") cannot be used: the server is not reachable or the role/database is missing.",
                HOW_TO_ENABLE, cause);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}

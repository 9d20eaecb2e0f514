package org.convolve.testing;

import java.util.UUID;
import java.util.function.Supplier;
import org.convolve.storage.Database;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A migrated database for one test class, opened on first use and closed after the class.
 * Opening lazily matters for PostgreSQL: {@link PostgresSupport} decides per test whether to skip
 * or fail, so nothing may connect before a test runs.
 */
public final class TestDatabase implements AfterAllCallback {
    private final Supplier<Database> opener;
    private Database database;

    private TestDatabase(Supplier<Database> opener) {
        this.opener = opener;
    }

    /** A private in-memory H2 database; {@code urlOptions} are appended, e.g. ";LOCK_TIMEOUT=10000". */
    public static TestDatabase h2(int poolSize, String urlOptions) {
        return new TestDatabase(() -> Database.open(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1" + urlOptions, "sa", "", poolSize));
    }

    /** The test class's own PostgreSQL schema. */
    public static TestDatabase postgres(PostgresSupport postgres, int poolSize) {
        return new TestDatabase(() -> Database.open(postgres.jdbcUrl(), postgres.user(), postgres.password(), poolSize));
    }

    public synchronized Database get() {
        if (database == null) {
            database = opener.get();
        }
        return database;
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        if (database != null) {
            database.close();
            database = null;
        }
    }
}

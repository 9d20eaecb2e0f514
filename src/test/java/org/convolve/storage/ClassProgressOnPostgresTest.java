package org.convolve.storage;

import org.convolve.testing.PostgresSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class ClassProgressOnPostgresTest extends ClassProgressSuite {
    @RegisterExtension
    static final PostgresSupport postgres = new PostgresSupport();

    private static Database database;

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
        }
    }

    @Override
    Database database() {
        if (database == null) {
            database = Database.open(postgres.jdbcUrl(), postgres.user(), postgres.password(), 4);
        }
        return database;
    }
}

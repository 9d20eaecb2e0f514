package org.convolve.storage;

import org.convolve.testing.PostgresSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeploymentRaceOnPostgresTest extends DeploymentRaceContract {
    @RegisterExtension
    static final PostgresSupport postgres = new PostgresSupport();

    private static Database database;

    @BeforeEach
    void open() {
        if (database == null) {
            database = Database.open(postgres.jdbcUrl(), postgres.user(), postgres.password(), 10);
        }
    }

    @AfterAll
    static void close() {
        if (database != null) {
            database.close();
            database = null;
        }
    }

    @Override
    Database database() {
        return database;
    }
}

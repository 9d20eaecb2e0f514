package org.convolve.storage;

import org.convolve.testing.PostgresSupport;
import org.junit.jupiter.api.extension.RegisterExtension;

class ProgressPlacementMigrationOnPostgresTest extends ProgressPlacementMigrationSuite {
    @RegisterExtension
    static final PostgresSupport postgres = new PostgresSupport();

    @Override
    String[] emptyDatabase() {
        return new String[] {postgres.jdbcUrl(), postgres.user(), postgres.password()};
    }
}

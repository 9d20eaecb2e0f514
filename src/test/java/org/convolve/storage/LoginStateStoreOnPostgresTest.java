package org.convolve.storage;

import org.convolve.testing.PostgresSupport;
import org.convolve.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoginStateStoreOnPostgresTest extends LoginStateStoreSuite {
    @RegisterExtension
    static final PostgresSupport postgres = new PostgresSupport();

    @RegisterExtension
    static final TestDatabase database = TestDatabase.postgres(postgres, 4);

    @Override
    Database database() {
        return database.get();
    }
}

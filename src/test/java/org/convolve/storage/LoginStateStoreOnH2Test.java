package org.convolve.storage;

import org.convolve.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class LoginStateStoreOnH2Test extends LoginStateStoreSuite {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2(4, "");

    @Override
    Database database() {
        return database.get();
    }
}

package org.convolve.storage;

import org.convolve.testing.TestDatabase;
import org.junit.jupiter.api.extension.RegisterExtension;

class DeploymentRaceOnH2Test extends DeploymentRaceContract {
    @RegisterExtension
    static final TestDatabase database = TestDatabase.h2(10, ";LOCK_TIMEOUT=10000");

    @Override
    Database database() {
        return database.get();
    }
}

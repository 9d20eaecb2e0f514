package org.convolve.storage;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class DeploymentRaceOnH2Test extends DeploymentRaceContract {
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open("jdbc:h2:mem:race-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000",
                "sa", "", 10);
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Override
    Database database() {
        return database;
    }
}

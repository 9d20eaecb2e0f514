package org.convolve.storage;

import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

class ClassProgressOnH2Test extends ClassProgressSuite {
    private static Database database;

    @BeforeAll
    static void open() {
        database = Database.open("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "", 4);
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

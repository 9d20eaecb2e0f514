package org.convolve.storage;

import java.util.UUID;

class ProgressPlacementMigrationOnH2Test extends ProgressPlacementMigrationSuite {
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    @Override
    String[] emptyDatabase() {
        return new String[] {url, "sa", ""};
    }
}

package org.convolve.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** Uses a port nothing listens on, so it runs the same whether or not PostgreSQL is up. */
class PostgresSupportUnreachableTest {

    private static final Map<String, String> CLOSED_PORT =
            Map.of("CONVOLVE_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:1/convolve_test");

    @Test
    void skipsWithInstructionsOnADeveloperMachine() {
        PostgresSupport postgres = new PostgresSupport(CLOSED_PORT, MissingPrerequisite.silentlyFrom(Map.of()));
        postgres.beforeAll(null);

        TestAbortedException skipped = assertThrows(TestAbortedException.class, () -> postgres.beforeEach(null));

        assertTrue(skipped.getMessage().contains("127.0.0.1:1"), skipped.getMessage());
        assertTrue(skipped.getMessage().contains("pg_ctlcluster 15 main start"), skipped.getMessage());
    }

    @Test
    void failsOnCi() {
        PostgresSupport postgres = new PostgresSupport(CLOSED_PORT, MissingPrerequisite.silentlyFrom(Map.of("CI", "true")));
        postgres.beforeAll(null);

        AssertionError failure = assertThrows(AssertionError.class, postgres::schema);

        assertTrue(failure.getMessage().contains("CI=true"), failure.getMessage());
    }
}

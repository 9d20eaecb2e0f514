package org.convolve.gradesync;

import java.util.Map;
import org.convolve.testing.PostgresSupport;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The same rules on PostgreSQL, where several tool instances really share one database. */
class OutboxOnPostgresTest extends OutboxContract {
    @RegisterExtension
    static final PostgresSupport postgres = new PostgresSupport();

    @Override
    TestApp startApp(Map<String, String> env) {
        return TestApp.start(postgres.jdbcUrl(), postgres.user(), postgres.password(), env);
    }

    @AfterEach
    void emptyTables() {
        // One schema serves the whole class; each test starts from an empty outbox.
        jdbi.useHandle(h -> h.execute("DELETE FROM score_outbox; DELETE FROM score_clock; DELETE FROM line_item_link"));
    }
}

package org.convolve.e2e;

import org.convolve.testing.PostgresSupport;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;

class ActivityHttpOnPostgresTest extends ActivityHttpSuite {
    @RegisterExtension
    static final PostgresSupport postgres = new PostgresSupport();

    private static TestApp app;

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Override
    TestApp app() {
        if (app == null) {
            app = TestApp.onPostgres(postgres);
        }
        return app;
    }
}

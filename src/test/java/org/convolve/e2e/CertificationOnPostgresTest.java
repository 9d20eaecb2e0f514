package org.convolve.e2e;

import org.convolve.testing.PostgresSupport;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;

class CertificationOnPostgresTest extends CertificationSuite {
    @RegisterExtension
    static final PostgresSupport postgres = new PostgresSupport();

    private static boolean started;

    /** PostgresSupport decides skip-or-fail per test, so the tool starts on the first test that runs. */
    @BeforeEach
    void start() {
        if (!started) {
            startOn(TestApp.onPostgres(postgres));
            started = true;
        }
    }
}

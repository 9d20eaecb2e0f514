package org.convolve.e2e;

import org.convolve.testing.TestApp;
import org.junit.jupiter.api.BeforeAll;

class CertificationOnH2Test extends CertificationSuite {
    @BeforeAll
    static void start() {
        startOn(TestApp.onH2());
    }
}

package org.convolve.gradesync;

import java.util.Map;
import org.convolve.testing.TestApp;

class OutboxOnH2Test extends OutboxContract {
    @Override
    TestApp startApp(Map<String, String> env) {
        return TestApp.onH2(env);
    }
}

package org.convolve.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class MissingPrerequisiteTest {

    @Test
    void skipsWithTheHowToWhenNotOnCi() {
        MissingPrerequisite missing = MissingPrerequisite.silentlyFrom(Map.of());

        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> missing.report("The widget server is down.", "start the widget server.", null));

        assertTrue(skipped.getMessage().contains("The widget server is down."), skipped.getMessage());
        assertTrue(skipped.getMessage().contains("To run them: start the widget server."), skipped.getMessage());
    }

    @Test
    void failsWhenCiIsTrue() {
        MissingPrerequisite missing = MissingPrerequisite.silentlyFrom(Map.of("CI", "true"));

        AssertionError failure = assertThrows(AssertionError.class,
                () -> missing.report("The widget server is down.", "start the widget server.", null));

        assertTrue(failure.getMessage().contains("CI=true"), failure.getMessage());
    }

    @Test
    void treatsOtherCiValuesAsADeveloperMachine() {
        assertTrue(!MissingPrerequisite.silentlyFrom(Map.of("CI", "false")).onCi());
    }
}

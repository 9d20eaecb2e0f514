package org.convolve.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class BrowserSupportMissingBinaryTest {

    private static final Path NOWHERE = Path.of("/nonexistent/chromium");

    @Test
    void skipsNamingTheMissingBinaryOnADeveloperMachine() {
        BrowserSupport browser = new BrowserSupport(
                MissingPrerequisite.silentlyFrom(Map.of()), NOWHERE, BrowserSupport.CHROMEDRIVER);

        TestAbortedException skipped = assertThrows(TestAbortedException.class, browser::desktop);

        assertTrue(skipped.getMessage().contains(NOWHERE.toString()), skipped.getMessage());
        assertTrue(skipped.getMessage().contains("apt-get install chromium chromium-driver"), skipped.getMessage());
    }

    @Test
    void failsOnCi() {
        BrowserSupport browser = new BrowserSupport(
                MissingPrerequisite.silentlyFrom(Map.of("CI", "true")), BrowserSupport.CHROMIUM, NOWHERE);

        assertThrows(AssertionError.class, browser::phone);
    }
}

package org.convolve.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

class AxeScanTest {

    private static final String GOOD_PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Good</title></head>
            <body><main><h1>Feature map</h1>
            <img src="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7" alt="A 3 by 3 feature map" width="30" height="30">
            </main></body></html>
            """;

    private static final String IMAGE_WITHOUT_ALT = GOOD_PAGE
            .replace("<title>Good</title>", "<title>Bad</title>")
            .replace(" alt=\"A 3 by 3 feature map\"", "");

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static StaticPageServer server;
    private static WebDriver driver;

    @BeforeAll
    static void servePages() {
        server = StaticPageServer.serving(Map.of("/good.html", GOOD_PAGE, "/bad.html", IMAGE_WITHOUT_ALT));
    }

    // One browser for the class, started from a test so a missing browser skips visibly.
    private static WebDriver driver() {
        if (driver == null) {
            driver = browser.desktop();
        }
        return driver;
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void findsAnImageWithoutAlternativeText() {
        driver().get(server.url("/bad.html"));

        AxeReport report = AxeScan.wcag21aa(driver());

        assertFalse(report.isClean(), report.describe());
        assertTrue(report.ruleIds().contains("image-alt"), report.describe());
        assertTrue(report.describe().contains("img"), report.describe());
    }

    @Test
    void findsNothingOnAnAccessiblePage() {
        driver().get(server.url("/good.html"));

        AxeReport report = AxeScan.wcag21aa(driver());

        assertTrue(report.isClean(), report.describe());
    }

    @Test
    void readsTheAxeCoreVersionFromTheWebJar() {
        assertTrue(AxeScan.version().matches("\\d+\\.\\d+\\.\\d+"), AxeScan.version());
    }
}

package org.convolve.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

class BrowserSupportTest {

    // The value is written by script, so reading it back proves JavaScript ran in the page.
    private static final String PAGE = """
            <!doctype html>
            <html lang="en"><head><meta charset="utf-8"><title>Probe</title>
            <meta name="viewport" content="width=device-width, initial-scale=1"></head>
            <body><main><h1>Probe</h1><p id="answer">not yet</p></main>
            <script>document.getElementById('answer').textContent = String(6 * 7);</script>
            </body></html>
            """;

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static StaticPageServer server;

    @BeforeAll
    static void servePage() {
        server = StaticPageServer.serving(Map.of("/probe.html", PAGE));
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void readsAValueTheDesktopPageComputed() {
        WebDriver driver = browser.desktop();
        driver.get(server.url("/probe.html"));

        assertEquals("Probe", driver.getTitle());
        assertEquals("42", driver.findElement(By.id("answer")).getText());
        assertTrue(viewportWidth(driver) >= 1024, "desktop viewport was " + viewportWidth(driver));
    }

    @Test
    void phoneViewportIs320PixelsWide() {
        WebDriver driver = browser.phone();
        driver.get(server.url("/probe.html"));

        assertEquals(BrowserSupport.PHONE_WIDTH, viewportWidth(driver));
        assertEquals("42", driver.findElement(By.id("answer")).getText());
    }

    private static long viewportWidth(WebDriver driver) {
        return (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
    }
}

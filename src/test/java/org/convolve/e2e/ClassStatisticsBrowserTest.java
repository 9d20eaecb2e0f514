package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.convolve.testing.AxeReport;
import org.convolve.testing.AxeScan;
import org.convolve.testing.BrowserSupport;
import org.convolve.testing.PageWait;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/** The instructor's class statistics in Chromium, with a class's answers in them. */
class ClassStatisticsBrowserTest {
    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    private static TestApp app;

    @BeforeAll
    static void startWithAnsweredClass() {
        app = TestApp.onH2();
        ClassAnswers.give(app);
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void theClassViewWithStatisticsHasNoWcagViolations() {
        WebDriver browser = browsers.desktop();
        launchInstructor(browser);

        assertEquals("7", browser.findElement(By.cssSelector(
                "tr[data-subject='" + ClassAnswers.ALEX + "'] .xp-total")).getText());
        AxeReport report = AxeScan.wcag21aa(browser);
        assertTrue(report.isClean(), report.describe());
    }

    @Test
    void theXpTableScrollsInsideItsOwnBoxOnA320PixelPhone() {
        WebDriver phone = browsers.phone();
        launchInstructor(phone);

        JavascriptExecutor js = (JavascriptExecutor) phone;
        long scrollWidth = (Long) js.executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) js.executeScript("return window.innerWidth");
        assertTrue(scrollWidth <= viewport, "page is " + scrollWidth + " px wide on a " + viewport + " px screen");
        AxeReport report = AxeScan.wcag21aa(phone);
        assertTrue(report.isClean(), report.describe());
    }

    @Test
    void onlyTablesThatScrollAreTabStops() {
        for (WebDriver browser : List.of(browsers.desktop(), browsers.phone())) {
            launchInstructor(browser);
            PageWait.untilLoaded(browser);

            @SuppressWarnings("unchecked")
            List<String> wrong = (List<String>) ((JavascriptExecutor) browser).executeScript(
                    "return Array.from(document.querySelectorAll('.table-scroll'))"
                            + ".filter(r => (r.scrollWidth > r.clientWidth) !== (r.getAttribute('tabindex') === '0'))"
                            + ".map(r => (r.getAttribute('aria-label') || r.getAttribute('aria-labelledby'))"
                            + " + ': ' + r.scrollWidth + ' in ' + r.clientWidth + ', tabindex ' + r.getAttribute('tabindex'))");
            assertTrue(wrong.isEmpty(), "regions whose Tab stop does not match whether they scroll: " + wrong);
        }
    }

    @Test
    void onAPhoneEachRowKeepsItsNameInSightWhileItsTableIsScrolledSideways() {
        WebDriver phone = browsers.phone();
        launchInstructor(phone);

        @SuppressWarnings("unchecked")
        List<String> hidden = (List<String>) ((JavascriptExecutor) phone).executeScript(
                "var out = [];"
                        + "document.querySelectorAll('.table-scroll').forEach(function (region) {"
                        + "  if (region.scrollWidth <= region.clientWidth) { return; }"
                        + "  region.scrollLeft = region.scrollWidth;"
                        + "  var box = region.getBoundingClientRect();"
                        + "  region.querySelectorAll('tbody th[scope=row]').forEach(function (name) {"
                        + "    var at = name.getBoundingClientRect();"
                        + "    if (at.left < box.left - 1 || at.right > box.right + 1) { out.push(name.textContent); }"
                        + "  });"
                        + "});"
                        + "return out;");
        assertTrue(hidden.isEmpty(), "rows whose name scrolled out of sight: " + hidden);
    }

    private static void launchInstructor(WebDriver browser) {
        browser.get(app.url("/sandbox").toString());
        browser.findElement(By.id("launch-sandbox-instructor")).click();
        PageWait.untilUrlMatches(browser, "/s/[^/]+/instructor$");
    }
}

package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.convolve.testing.BrowserSupport;
import org.convolve.testing.PageWait;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.NoSuchFrameException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A learner opens the lesson inside a course page of another site: the sandbox's course page is
 * served as http://127.0.0.1:port, the tool as http://localhost:port, so the tool's iframe is
 * cross-site and its cookies are third-party cookies.
 */
class CookieFreeLaunchBrowserTest {
    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static TestApp tool;

    @BeforeAll
    static void start() {
        String port = String.valueOf(TestApp.freePort());
        tool = TestApp.onH2(Map.of("CONVOLVE_PORT", port, "CONVOLVE_FRAME_ANCESTORS", "http://127.0.0.1:" + port));
    }

    @AfterAll
    static void stop() {
        tool.close();
    }

    private static void blockAllCookies(ChromeOptions options) {
        options.setExperimentalOption("prefs", Map.of("profile.default_content_setting_values.cookies", 2));
    }

    private static void blockThirdPartyCookies(ChromeOptions options) {
        options.addArguments("--test-third-party-cookie-phaseout");
        options.setExperimentalOption("prefs", Map.of("profile.cookie_controls_mode", 1));
    }

    private static void openCoursePage(WebDriver driver, boolean storage) {
        driver.get("http://127.0.0.1:" + tool.port() + "/sandbox/course?user=sandbox-learner-1&storage=" + (storage ? "on" : "off"));
    }

    /**
     * Waits for an element inside the tool's frame. The frame goes through several pages on two
     * sites during a launch, so it is looked up afresh at every try: a frame switched into before
     * such a navigation can go stale in the driver.
     */
    private static WebElement inToolFrame(WebDriver driver, By what) {
        try {
            return new WebDriverWait(driver, Duration.ofSeconds(20))
                    .ignoring(NoSuchFrameException.class)
                    .ignoring(NoSuchElementException.class)
                    .ignoring(StaleElementReferenceException.class)
                    // A command sent while a page hands over to the next is "aborted by navigation".
                    .ignoring(WebDriverException.class)
                    .until(d -> {
                        d.switchTo().defaultContent();
                        d.switchTo().frame("convolve-tool");
                        WebElement element = d.findElement(what);
                        return element.isDisplayed() ? element : null;
                    });
        } catch (TimeoutException e) {
            // Say what the frame shows instead, so that a failure in CI can be understood afterwards.
            String body = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("The tool's frame never showed " + what + "; it is at "
                    + driver.getCurrentUrl() + " showing: " + body.substring(0, Math.min(body.length(), 600)), e);
        }
    }

    @Test
    void platformStorageCarriesTheLaunchWhenTheBrowserKeepsNoCookiesAtAll() {
        WebDriver driver = browser.desktop(CookieFreeLaunchBrowserTest::blockAllCookies);
        openCoursePage(driver, true);

        WebElement lesson = inToolFrame(driver, By.cssSelector("article.lesson h1"));
        assertFalse(lesson.getText().isBlank());

        driver.switchTo().defaultContent();
        driver.switchTo().frame("post_message_forwarding");
        String storageLog = driver.findElement(By.id("storage-log")).getText();
        assertTrue(storageLog.contains("put convolve_binding_"), storageLog);
        assertTrue(storageLog.contains("get convolve_binding_"), storageLog);
    }

    @Test
    void thePartitionedCookieCarriesTheLaunchWhenThirdPartyCookiesAreBlockedAndThePlatformOffersNoStorage() {
        WebDriver driver = browser.desktop(CookieFreeLaunchBrowserTest::blockThirdPartyCookies);
        openCoursePage(driver, false);

        WebElement lesson = inToolFrame(driver, By.cssSelector("article.lesson h1"));
        assertFalse(lesson.getText().isBlank());
    }

    @Test
    void offersANewWindowWhenNeitherPlatformStorageNorCookiesWork() {
        WebDriver driver = browser.desktop(CookieFreeLaunchBrowserTest::blockAllCookies);
        openCoursePage(driver, false);

        WebElement button = inToolFrame(driver, By.id("open-new-window"));
        assertTrue(button.getText().contains("new window"));
    }

    @Test
    void withoutScriptsAFrameThatKeepsNoCookieStillLeadsToTheLessonInAWindowOfItsOwn() {
        WebDriver driver = browser.desktop(options -> {
            options.addArguments("--test-third-party-cookie-phaseout");
            options.setExperimentalOption("prefs", Map.of("profile.cookie_controls_mode", 1,
                    "profile.managed_default_content_settings.javascript", 2));
        });
        openCoursePage(driver, false);
        String coursePage = driver.getWindowHandle();

        // Without scripts each handover page in the frame waits for its Continue button.
        WebElement newWindow = null;
        for (int step = 0; step < 4 && newWindow == null; step++) {
            List<WebElement> offered = inToolFrameNow(driver, By.id("open-new-window-without-scripts"));
            if (offered.isEmpty()) {
                WebElement next = inToolFrame(driver, By.cssSelector("button[type=submit]"));
                next.click();
                new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(next));
            } else {
                newWindow = offered.get(0);
            }
        }
        assertTrue(newWindow != null && newWindow.isDisplayed(), "the login page offers a window of its own");

        newWindow.click();
        new WebDriverWait(driver, Duration.ofSeconds(15)).until(d -> d.getWindowHandles().size() == 2);
        driver.switchTo().window(driver.getWindowHandles().stream().filter(h -> !h.equals(coursePage))
                .findFirst().orElseThrow());
        for (int step = 0; step < 6 && driver.findElements(By.cssSelector("article.lesson")).isEmpty(); step++) {
            List<WebElement> links = driver.findElements(By.linkText("Continue to the lesson"));
            WebElement next = links.isEmpty() ? driver.findElement(By.cssSelector("button[type=submit]")) : links.get(0);
            next.click();
            new WebDriverWait(driver, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(next));
        }
        assertEquals("Convolutional Networks for Vision", driver.findElement(By.cssSelector("article.lesson h1")).getText());
    }

    private static List<WebElement> inToolFrameNow(WebDriver driver, By what) {
        inToolFrame(driver, By.tagName("body"));
        return driver.findElements(what);
    }

    @Test
    void aWindowOfItsOwnWithEveryCookieBlockedAsksForCookiesInsteadOfAnotherWindow() {
        WebDriver driver = browser.desktop(CookieFreeLaunchBrowserTest::blockAllCookies);
        driver.get(tool.url("/sandbox").toString());
        driver.findElement(By.id("launch-sandbox-learner-1")).click();

        WebElement title = PageWait.untilVisible(driver, By.id("new-window-title"));
        assertEquals("Allow cookies to open Convolve", title.getText());
        assertTrue(driver.findElement(By.id("cookies-off-reason")).isDisplayed());
        assertFalse(driver.findElement(By.id("open-new-window")).isDisplayed(), "another window would loop");
    }

    @Test
    void aLaunchInTheBrowsersOwnWindowStillGoesStraightThroughWithTheCookie() {
        WebDriver driver = browser.desktop();
        driver.get(tool.url("/sandbox").toString());
        driver.findElement(By.id("launch-sandbox-learner-1")).click();

        WebElement lesson = PageWait.untilVisible(driver, By.cssSelector("article.lesson h1"));
        assertFalse(lesson.getText().isBlank());
        assertTrue(driver.getCurrentUrl().startsWith(tool.url("/s/").toString()));
    }
}

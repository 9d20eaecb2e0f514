package org.convolve.testing;

import java.time.Duration;
import java.util.regex.Pattern;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Waits for the browser to arrive somewhere after a chain of redirects and self-posting forms. */
public final class PageWait {
    private PageWait() {
    }

    /**
     * Until the current URL matches. Asking for the URL while one of the sandbox's self-posting
     * pages hands over to the next can itself fail ("aborted by navigation"); that only means the
     * browser is still on its way, so the wait asks again.
     */
    public static void untilUrlMatches(WebDriver browser, String regex) {
        Pattern pattern = Pattern.compile(regex);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the browser never reached a page matching " + regex + "; it is at "
                        + browser.getCurrentUrl())
                .until(driver -> pattern.matcher(driver.getCurrentUrl()).find());
    }

    /** Until the page has loaded, its deferred scripts run. */
    public static void untilLoaded(WebDriver browser) {
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .withMessage(() -> "the page never finished loading")
                .until(driver -> "complete".equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    /** Until an element is shown, asking again while the page it is on is still being reached. */
    public static WebElement untilVisible(WebDriver browser, By what) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .ignoring(WebDriverException.class)
                .withMessage(() -> "nothing matching " + what + " was shown")
                .until(driver -> {
                    WebElement element = driver.findElement(what);
                    return element.isDisplayed() ? element : null;
                });
    }
}

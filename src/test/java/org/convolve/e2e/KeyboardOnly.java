package org.convolve.e2e;

import java.util.Objects;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * Drives a page with key presses only, as a keyboard user does: Tab moves focus forward, keys go
 * to whatever has focus. Elements are only looked up to know when focus has reached them.
 */
final class KeyboardOnly {
    private static final int MOST_TABS = 600;

    private final WebDriver driver;

    KeyboardOnly(WebDriver driver) {
        this.driver = driver;
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Presses Tab until focus is on {@code target}; fails if it never gets there. */
    void tabTo(WebElement target) {
        for (int i = 0; i < MOST_TABS; i++) {
            if (Objects.equals(driver.switchTo().activeElement(), target)) {
                return;
            }
            press(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + describe(target));
    }

    void tabTo(By target) {
        tabTo(driver.findElement(target));
    }

    /** Presses the arrow key until focus (and, for radios, the choice) is on {@code target}. */
    void arrowTo(WebElement target, Keys arrow, int most) {
        for (int i = 0; i <= most; i++) {
            if (Objects.equals(driver.switchTo().activeElement(), target)) {
                return;
            }
            press(arrow);
        }
        throw new AssertionError(arrow.name() + " never reached " + describe(target));
    }

    /** Tabs to a text field and types into it. */
    void type(By field, String text) {
        tabTo(field);
        press(text);
    }

    WebElement focused() {
        return driver.switchTo().activeElement();
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return "<" + element.getTagName() + (id == null || id.isEmpty() ? "" : " id=" + id) + "> "
                + element.getText();
    }
}

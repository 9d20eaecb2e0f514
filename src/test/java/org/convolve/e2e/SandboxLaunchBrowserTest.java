package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** A person opens the sandbox in Chromium and launches the tool, through every real redirect and signed token. */
class SandboxLaunchBrowserTest {
    @RegisterExtension
    static final BrowserSupport browsers = new BrowserSupport();

    private static TestApp app;

    @BeforeAll
    static void start() {
        app = TestApp.onH2();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    @Test
    void aLearnerLaunchedFromTheSandboxSeesTheLesson() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");

        assertTrue(browser.getCurrentUrl().endsWith("/lesson"), browser.getCurrentUrl());
        assertEquals("Convolutional Networks for Vision", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.id("why-not-fully-connected")).getText().contains("three billion"));
        assertTrue(browser.findElement(By.className("who")).getText().contains("Alex Rivera"));
    }

    @Test
    void anInstructorLaunchedFromTheSandboxSeesTheClassView() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-2");
        launchAs(browser, "sandbox-instructor");

        assertTrue(browser.getCurrentUrl().endsWith("/instructor"), browser.getCurrentUrl());
        assertEquals("Class view", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.className("roster")).getText().contains("Sam Okafor"));
    }

    @Test
    void aLearnerCannotOpenTheInstructorPageOfTheirOwnSession() {
        WebDriver browser = browsers.desktop();
        launchAs(browser, "sandbox-learner-1");
        String lesson = browser.getCurrentUrl();

        browser.get(lesson.replace("/lesson", "/instructor"));

        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Not allowed"));
        AxeReport refusal = AxeScan.wcag21aa(browser);
        assertTrue(refusal.isClean(), refusal.describe());
        browser.findElement(By.linkText("Back to the lesson")).click();
        PageWait.untilUrlMatches(browser, "/s/[^/]+/lesson$");
        assertEquals(lesson, browser.getCurrentUrl());
    }

    @Test
    void theLessonFitsA320PixelPhoneWithoutSidewaysScrolling() {
        WebDriver phone = browsers.phone();
        launchAs(phone, "sandbox-learner-1");

        long scrollWidth = (Long) ((JavascriptExecutor) phone).executeScript("return document.documentElement.scrollWidth");
        long viewport = (Long) ((JavascriptExecutor) phone).executeScript("return window.innerWidth");
        assertTrue(scrollWidth <= viewport, "page is " + scrollWidth + " px wide on a " + viewport + " px screen");
    }

    @Test
    void theSandboxLessonClassViewAndGradebookHaveNoWcagViolations() {
        WebDriver browser = browsers.desktop();
        browser.get(app.url("/sandbox").toString());
        AxeReport sandbox = AxeScan.wcag21aa(browser);
        assertTrue(sandbox.isClean(), sandbox.describe());

        launchAs(browser, "sandbox-learner-1");
        AxeReport lesson = AxeScan.wcag21aa(browser);
        assertTrue(lesson.isClean(), lesson.describe());

        launchAs(browser, "sandbox-instructor");
        AxeReport instructor = AxeScan.wcag21aa(browser);
        assertTrue(instructor.isClean(), instructor.describe());

        browser.get(app.url("/sandbox/gradebook").toString());
        AxeReport gradebook = AxeScan.wcag21aa(browser);
        assertTrue(gradebook.isClean(), gradebook.describe());
    }

    private static void launchAs(WebDriver browser, String userId) {
        browser.get(app.url("/sandbox").toString());
        browser.findElement(By.id("launch-" + userId)).click();
        PageWait.untilUrlMatches(browser, "/s/[^/]+/(lesson|instructor)$");
    }
}

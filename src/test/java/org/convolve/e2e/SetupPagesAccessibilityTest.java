package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.convolve.testing.AxeReport;
import org.convolve.testing.AxeScan;
import org.convolve.testing.BrowserSupport;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;

/** The pages an admin sees while setting Convolve up meet WCAG 2.1 AA as axe-core checks it. */
class SetupPagesAccessibilityTest {
    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    private static TestApp tool;

    @BeforeAll
    static void start() {
        tool = TestApp.onH2();
    }

    @AfterAll
    static void stop() {
        tool.close();
    }

    private static void assertClean(WebDriver driver) {
        AxeReport report = AxeScan.wcag21aa(driver);
        assertTrue(report.isClean(), report.describe());
    }

    @Test
    void theRegistrationCompletionPageIsAccessible() {
        try (FakeRegistrationPlatform moodle = new FakeRegistrationPlatform(FakeRegistrationPlatform.Flavour.MOODLE)) {
            WebDriver driver = browser.desktop();
            driver.get(tool.url(moodle.registrationPath()).toString());
            assertClean(driver);
        }
    }

    @Test
    void theMoodleSettingsPageIsAccessible() {
        WebDriver driver = browser.desktop();
        driver.get(tool.url("/lti/config/moodle").toString());
        assertClean(driver);
    }

    @Test
    void theSandboxCoursePageIsAccessible() {
        WebDriver driver = browser.desktop();
        driver.get(tool.url("/sandbox/course?user=sandbox-learner-1&storage=on").toString());
        assertClean(driver);
    }
}

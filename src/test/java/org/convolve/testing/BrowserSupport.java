package org.convolve.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Starts headless Debian Chromium through Debian's chromedriver, never through Selenium Manager:
 * CI and developers' machines reach no browser download site, and a test must not depend on one.
 *
 * <pre>
 * &#64;RegisterExtension
 * static final BrowserSupport browser = new BrowserSupport();
 *
 * WebDriver desktop = browser.desktop();   // 1280x900 window
 * WebDriver phone = browser.phone();       // 320 CSS px wide, touch, like a small phone
 * </pre>
 *
 * Each call starts a new browser; all of them are quit after the test class. Without the two
 * binaries each test is skipped, or fails when CI=true (see {@link MissingPrerequisite}). Start
 * browsers in tests or {@code @BeforeEach}, not {@code @BeforeAll}: surefire hides the message
 * of a whole class skipped from {@code @BeforeAll}.
 */
public final class BrowserSupport implements BeforeEachCallback, AfterAllCallback {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 900;
    public static final int PHONE_WIDTH = 320;
    public static final int PHONE_HEIGHT = 640;

    private static final String HOW_TO_ENABLE =
            "install Debian's Chromium and its driver (apt-get install chromium chromium-driver),"
            + " which put /usr/bin/chromium and /usr/bin/chromedriver in place.";

    private final MissingPrerequisite missing;
    private final Path chromium;
    private final Path chromedriver;
    private final List<RunningBrowser> started = new ArrayList<>();

    public BrowserSupport() {
        this(MissingPrerequisite.fromEnvironment(), CHROMIUM, CHROMEDRIVER);
    }

    BrowserSupport(MissingPrerequisite missing, Path chromium, Path chromedriver) {
        this.missing = missing;
        this.chromium = chromium;
        this.chromedriver = chromedriver;
    }

    /** A new headless browser with a desktop-sized window. */
    public WebDriver desktop() {
        ChromeOptions options = baseOptions();
        options.addArguments("--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
        return start(options);
    }

    /**
     * A desktop browser with extra options, e.g. cookie blocking:
     * {@code browser.desktop(o -> o.addArguments("--test-third-party-cookie-phaseout"))}.
     */
    public WebDriver desktop(Consumer<ChromeOptions> customize) {
        ChromeOptions options = baseOptions();
        options.addArguments("--window-size=" + DESKTOP_WIDTH + "," + DESKTOP_HEIGHT);
        customize.accept(options);
        return start(options);
    }

    /**
     * A new headless browser emulating a {@value #PHONE_WIDTH} px wide touch screen; emulation
     * rather than a small window because desktop Chromium will not shrink a window that far.
     */
    public WebDriver phone() {
        ChromeOptions options = baseOptions();
        options.setExperimentalOption("mobileEmulation", Map.of("deviceMetrics", Map.of(
                "width", PHONE_WIDTH, "height", PHONE_HEIGHT, "pixelRatio", 2.0, "touch", true)));
        return start(options);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        requireBinaries();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        quitAll();
    }

    /** Quits every browser this instance started and deletes their profiles. */
    public void quitAll() {
        for (RunningBrowser browser : started) {
            browser.quit();
        }
        started.clear();
    }

    private ChromeOptions baseOptions() {
        requireBinaries();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments(
                "--headless=new",
                // Tests run as root (CI), where Chromium refuses to start with its sandbox.
                "--no-sandbox",
                "--disable-gpu",
                // The machine's network is closed: background fetches only fail and slow startup.
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                // /dev/shm is small in containers; Chromium crashes tabs when it runs out.
                "--disable-dev-shm-usage");
        return options;
    }

    private WebDriver start(ChromeOptions options) {
        Path profile = createProfileDirectory();
        options.addArguments("--user-data-dir=" + profile);
        // An explicit driver executable is what keeps Selenium from calling Selenium Manager.
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        started.add(new RunningBrowser(driver, profile));
        return driver;
    }

    private void requireBinaries() {
        for (Path binary : List.of(chromium, chromedriver)) {
            if (!Files.isExecutable(binary)) {
                throw missing.report(binary + " is missing, so browser tests cannot run.", HOW_TO_ENABLE, null);
            }
        }
    }

    private static Path createProfileDirectory() {
        return TempDirectories.create("convolve-chromium-");
    }

    private record RunningBrowser(WebDriver driver, Path profile) {
        void quit() {
            try {
                driver.quit();
            } finally {
                TempDirectories.delete(profile);
            }
        }
    }
}

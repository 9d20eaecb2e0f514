package org.convolve.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (from the org.webjars.npm:axe-core test dependency) inside the page a
 * WebDriver has open and reports the WCAG 2.1 A/AA violations it finds.
 *
 * <pre>
 * AxeReport report = AxeScan.wcag21aa(driver);
 * assertTrue(report.isClean(), report.describe());
 * </pre>
 */
public final class AxeScan {

    public static final List<String> WCAG_21_AA_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private static final String WEBJAR_PROPERTIES = "META-INF/maven/org.webjars.npm/axe-core/pom.properties";

    // The result is reduced to plain strings inside the page: WebDriver would otherwise copy
    // axe's whole result graph (every passing check and its DOM snippets) back to Java.
    private static final String RUN_AXE = """
            const tags = arguments[0];
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
              .then(result => done({ violations: result.violations.map(v => ({
                  id: v.id,
                  impact: v.impact || '',
                  help: v.help,
                  helpUrl: v.helpUrl,
                  targets: v.nodes.map(n => n.target.join(' '))
                })) }))
              .catch(error => done({ error: String(error) }));
            """;

    private static volatile String axeSource;

    private AxeScan() {
    }

    /** Injects axe-core into the current page and runs the WCAG 2.0/2.1 level A and AA rules. */
    public static AxeReport wcag21aa(WebDriver driver) {
        JavascriptExecutor javascript = (JavascriptExecutor) driver;
        javascript.executeScript(axeSource());
        Object raw = javascript.executeAsyncScript(RUN_AXE, WCAG_21_AA_TAGS);
        return toReport(raw, driver.getCurrentUrl());
    }

    /** The axe-core version on the test classpath. */
    public static String version() {
        try (InputStream in = resource(WEBJAR_PROPERTIES)) {
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String axeSource() {
        if (axeSource == null) {
            String path = "META-INF/resources/webjars/axe-core/" + version() + "/axe.min.js";
            try (InputStream in = resource(path)) {
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static InputStream resource(String path) {
        InputStream in = AxeScan.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the test classpath;"
                    + " is the org.webjars.npm:axe-core test dependency in pom.xml?");
        }
        return in;
    }

    @SuppressWarnings("unchecked")
    private static AxeReport toReport(Object raw, String pageUrl) {
        Map<String, Object> result = (Map<String, Object>) raw;
        if (result.containsKey("error")) {
            throw new IllegalStateException("axe.run failed on " + pageUrl + ": " + result.get("error"));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result.get("violations");
        return new AxeReport(pageUrl, violations.stream()
                .map(v -> new AxeViolation(
                        (String) v.get("id"),
                        (String) v.get("impact"),
                        (String) v.get("help"),
                        (String) v.get("helpUrl"),
                        (List<String>) v.get("targets")))
                .toList());
    }
}

package org.convolve.testing;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Assumptions;
import org.opentest4j.TestAbortedException;

/**
 * What to do when a test needs something outside the JVM (a database server, a browser) that
 * this machine lacks. On a developer's machine the tests that need it are skipped, so a newcomer
 * can run the suite without installing everything; on CI, where .ci/run installs it all, a
 * missing prerequisite means the setup broke and must not pass silently as a skip.
 */
public final class MissingPrerequisite {

    // Surefire's console shows only a count of skipped tests, not why; each reason is printed
    // once so a developer sees how to enable the tests without opening the XML reports.
    private static final Set<String> REASONS_PRINTED = ConcurrentHashMap.newKeySet();

    private final boolean onCi;
    private final boolean printReasons;

    private MissingPrerequisite(boolean onCi, boolean printReasons) {
        this.onCi = onCi;
        this.printReasons = printReasons;
    }

    /** Decides from the real process environment: CI=true means fail, anything else means skip. */
    public static MissingPrerequisite fromEnvironment() {
        return new MissingPrerequisite(isCi(System.getenv()), true);
    }

    /** As {@link #fromEnvironment()} for the given variables, printing nothing: for self-tests. */
    static MissingPrerequisite silentlyFrom(Map<String, String> environment) {
        return new MissingPrerequisite(isCi(environment), false);
    }

    private static boolean isCi(Map<String, String> environment) {
        return "true".equalsIgnoreCase(environment.get("CI"));
    }

    public boolean onCi() {
        return onCi;
    }

    /**
     * Never returns normally: throws {@link AssertionError} on CI, otherwise a JUnit
     * {@link TestAbortedException} so the test (or whole class, from a beforeAll) is skipped.
     */
    public RuntimeException report(String whatIsMissing, String howToEnable, Throwable cause) {
        String causeText = cause == null ? "" : "\nCause: " + cause;
        if (onCi) {
            throw new AssertionError(whatIsMissing + causeText
                    + "\nCI=true, so this is a failure, not a skip. To fix: " + howToEnable, cause);
        }
        String message = whatIsMissing + causeText + "\nSkipping the tests that need it. To run them: " + howToEnable;
        if (printReasons && REASONS_PRINTED.add(whatIsMissing)) {
            System.err.println("[SKIP] " + message);
        }
        Assumptions.abort(message);
        throw new IllegalStateException("unreachable: Assumptions.abort always throws");
    }
}

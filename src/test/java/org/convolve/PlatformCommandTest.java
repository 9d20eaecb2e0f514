package org.convolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin's registration command, run as a process against the H2 file a running tool would use. */
class PlatformCommandTest {
    @TempDir
    Path dir;

    private MainProcess.Ended add(String clientId, String jwksUrl, String... more) throws Exception {
        List<String> arguments = new ArrayList<>(List.of("platform-add", "--issuer", "https://moodle.example.edu",
                "--client-id", clientId, "--auth-url", "https://moodle.example.edu/mod/lti/auth.php",
                "--token-url", "https://moodle.example.edu/mod/lti/token.php", "--jwks-url", jwksUrl));
        arguments.addAll(List.of(more));
        return MainProcess.run(dir, Map.of(), arguments.toArray(String[]::new));
    }

    @Test
    void saysWhetherItRegisteredOrUpdatedAndInWhichDatabase() throws Exception {
        String jwks = "https://moodle.example.edu/mod/lti/certs.php";
        MainProcess.Ended first = add("M1", jwks, "--name", "Moodle", "--deployment", "1");
        MainProcess.Ended again = add("M1", jwks, "--deployment", "2", "--only-listed-deployments");

        String database = dir.resolve("data").toAbsolutePath() + "/convolve.mv.db";
        assertEquals(0, first.exit(), first.output());
        assertEquals("Registered https://moodle.example.edu / M1 in the H2 file " + database
                + ": deployments [1] (others accepted on first launch).", first.output().strip());
        assertEquals("Updated https://moodle.example.edu / M1 in the H2 file " + database
                + ": deployments [1, 2] (no others accepted).", again.output().strip(), "one line, no pool or migration notes");
        String listed = MainProcess.run(dir, Map.of(), "platform-list").output();
        assertTrue(listed.startsWith("Platforms registered in the H2 file " + database + ":"), listed);
        assertTrue(listed.contains("| name Moodle | deployments [1, 2] (FIXED_LIST)"), listed);
    }

    @Test
    void anotherDeploymentKeepsARegistrationThatAcceptsOnlyListedOnesSoUntilToldOtherwise() throws Exception {
        String jwks = "https://moodle.example.edu/mod/lti/certs.php";
        add("M2", jwks, "--deployment", "2", "--only-listed-deployments");

        MainProcess.Ended added = add("M2", jwks, "--deployment", "5");
        MainProcess.Ended opened = add("M2", jwks, "--accept-new-deployments");
        MainProcess.Ended both = add("M2", jwks, "--accept-new-deployments", "--only-listed-deployments");

        assertTrue(added.output().strip().endsWith(": deployments [2, 5] (no others accepted)."), added.output());
        assertTrue(opened.output().strip().endsWith(": deployments [2, 5] (others accepted on first launch)."),
                opened.output());
        assertEquals(2, both.exit(), both.output());
    }

    @Test
    void theCommandsSayWhichDatabaseTheyUsedEvenWhenItHoldsNothing() throws Exception {
        String database = dir.resolve("data").toAbsolutePath() + "/convolve.mv.db";

        String listed = MainProcess.run(dir, Map.of(), "platform-list").output();
        String rotated = MainProcess.run(dir, Map.of(), "keys-rotate").output();

        assertEquals("No platform is registered in the H2 file " + database + ".", listed.strip());
        assertTrue(rotated.contains(" in the H2 file " + database + "; it is published now and signs from "), rotated);
        assertTrue(rotated.strip().endsWith(", once platforms have fetched it; the previous key is retired in 24 h."),
                rotated);
    }

    @Test
    void eachCommandExplainsItselfWhenAskedForHelp() throws Exception {
        for (String command : List.of("platform-add", "platform-list", "keys-rotate")) {
            MainProcess.Ended help = MainProcess.run(dir, Map.of(), command, "--help");

            assertEquals(0, help.exit(), help.output());
            assertTrue(help.output().startsWith("Usage: convolve " + command), help.output());
        }
    }

    @Test
    void refusesAnEmptyClientIdAndAUrlThatIsNotAbsolute() throws Exception {
        MainProcess.Ended empty = add(" ", "https://moodle.example.edu/mod/lti/certs.php");
        MainProcess.Ended relative = add("M1", "moodle.example.edu/mod/lti/certs.php");

        assertEquals(2, empty.exit(), empty.output());
        assertTrue(empty.output().startsWith("--client-id must not be empty."), empty.output());
        assertEquals(2, relative.exit(), relative.output());
        assertTrue(relative.output().startsWith("--jwks-url must be an absolute http(s) URL, not"
                + " 'moodle.example.edu/mod/lti/certs.php'."), relative.output());
        assertFalse(relative.output().contains("Exception"), relative.output());
    }

    @Test
    void refusesANegativeGracePeriodForTheOldKey() throws Exception {
        MainProcess.Ended ended = MainProcess.run(dir, Map.of(), "keys-rotate", "--grace-hours", "-5");

        assertEquals(2, ended.exit(), ended.output());
        assertTrue(ended.output().startsWith("--grace-hours must be 0 or more, not -5."), ended.output());
    }
}

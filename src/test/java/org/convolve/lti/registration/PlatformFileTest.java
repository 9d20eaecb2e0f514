package org.convolve.lti.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin's mistakes in the platforms file, each refused with the entry and the field it is in. */
class PlatformFileTest {
    private static final String MOODLE = "\"issuer\": \"https://moodle.example.edu\", \"client_id\": \"abc\","
            + " \"auth_url\": \"https://moodle.example.edu/mod/lti/auth.php\","
            + " \"token_url\": \"https://moodle.example.edu/mod/lti/token.php\"";
    private static final String JWKS = ", \"jwks_url\": \"https://moodle.example.edu/mod/lti/certs.php\"";

    @TempDir
    Path dir;

    @Test
    void eachMistakeIsNamedWhereItIs() throws IOException {
        Map<String, String> mistakes = new LinkedHashMap<>();
        mistakes.put("[{" + MOODLE + JWKS + "},]", "it is not valid JSON at line 1, column ");
        mistakes.put("[{" + MOODLE + ", \"jwks_uri\": \"https://x.example.edu\"}]", "entry 1 has no 'jwks_url'.");
        mistakes.put("[{" + MOODLE + JWKS + ", \"deployments\": [\"3\"]}]",
                "entry 1 has a field 'deployments' that registrations do not have; they have [");
        mistakes.put("[{" + MOODLE + JWKS + "}, {" + MOODLE.replace("abc", "def") + "}]", "entry 2 has no 'jwks_url'.");
        mistakes.put("[{" + MOODLE + JWKS + ", \"deployment_policy\": \"ACCEPT-NEW\"}]",
                "entry 1's 'deployment_policy' has 'ACCEPT-NEW', which is not one of [ACCEPT_NEW, FIXED_LIST].");
        mistakes.put("[{" + MOODLE + JWKS + ", \"deployment_ids\": \"3\"}]",
                "entry 1's 'deployment_ids' holds a value of the wrong kind (a list of text is expected for"
                        + " deployment_ids, text for the others).");
        mistakes.put("{" + MOODLE + JWKS + "}",
                "it must be a JSON array of platforms, such as lti-config/platforms.example.json.");
        mistakes.put("", "it is empty; it must be a JSON array of platforms, such as lti-config/platforms.example.json.");
        mistakes.put("[{" + MOODLE + ", \"jwks_url\": \"ftp://x/y\"}]",
                "entry 1's 'jwks_url' must be an absolute http(s) URL, not 'ftp://x/y'.");
        mistakes.put("[{" + MOODLE.replace("abc", " ") + JWKS + "}]", "entry 1 has an empty 'client_id'.");
        mistakes.put("[{" + MOODLE.replace("\"https://moodle.example.edu\",", "\"moodle-qa\",") + JWKS + "}]",
                "entry 1's 'issuer' must be an absolute http(s) URL, not 'moodle-qa'.");
        mistakes.put("[{" + MOODLE + JWKS + ", \"deployment_ids\": [\"\"]}]", "entry 1 lists an empty deployment id.");
        mistakes.put("[{" + MOODLE + JWKS + ", \"deployment_policy\": \"FIXED_LIST\"}]",
                "entry 1 accepts only listed deployments (FIXED_LIST) but lists none, so no launch could ever succeed.");
        mistakes.put("[{" + MOODLE + JWKS + "}, {" + MOODLE + JWKS + "}]", "entry 2 registers https://moodle.example.edu"
                + " / abc again; each issuer and client id may appear once.");

        int number = 0;
        for (Map.Entry<String, String> mistake : mistakes.entrySet()) {
            Path file = Files.writeString(dir.resolve("platforms-" + ++number + ".json"), mistake.getKey());

            PlatformFile.Invalid refused = assertThrows(PlatformFile.Invalid.class, () -> PlatformFile.read(file),
                    mistake.getKey());

            String expected = "The platforms file " + file + " cannot be used: " + mistake.getValue();
            assertEquals(expected, refused.getMessage().substring(0, Math.min(expected.length(),
                    refused.getMessage().length())), mistake.getKey());
        }
    }

    @Test
    void aFileThatIsNotThereIsSaidSo() {
        Path missing = dir.resolve("nowhere.json");

        PlatformFile.Invalid refused = assertThrows(PlatformFile.Invalid.class, () -> PlatformFile.read(missing));

        assertEquals("The platforms file " + missing + " cannot be used: there is no such file.", refused.getMessage());
    }

    @Test
    void aGoodFileGivesItsPlatforms() throws IOException {
        Path file = Files.writeString(dir.resolve("good.json"), "[{" + MOODLE + JWKS
                + ", \"deployment_ids\": [\"3\"], \"deployment_policy\": \"FIXED_LIST\"}]");

        Platform moodle = PlatformFile.read(file).get(0);

        assertEquals("https://moodle.example.edu/mod/lti/certs.php", moodle.jwksUri().toString());
        assertEquals(DeploymentPolicy.FIXED_LIST, moodle.deploymentPolicy());
    }
}

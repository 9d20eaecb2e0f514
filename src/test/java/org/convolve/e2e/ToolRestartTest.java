package org.convolve.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import java.nio.file.Path;
import java.util.Map;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.SandboxLaunch;
import org.convolve.testing.TestApp;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What must survive a restart of the tool on its H2 file database. */
class ToolRestartTest {
    @TempDir
    Path dataDir;

    /** The sandbox's issuer contains the port, so a restart keeps it, as a real deployment keeps its URL. */
    private final int port = TestApp.freePort();

    @Test
    void keepsItsSigningKeyAcrossRestarts() throws Exception {
        String before;
        try (TestApp app = start()) {
            before = new HttpBrowser().get(app.url("/.well-known/jwks.json")).body();
        }
        String after;
        try (TestApp app = start()) {
            after = new HttpBrowser().get(app.url("/.well-known/jwks.json")).body();
        }

        assertEquals(1, JWKSet.parse(before).getKeys().size());
        assertEquals(JWKSet.parse(before).getKeys().get(0).getKeyID(), JWKSet.parse(after).getKeys().get(0).getKeyID());
        assertFalse(before.contains("\"d\""), "the JWKS must publish only the public key");
    }

    @Test
    void aLearnerWhoseLaunchStartedBeforeARestartStillGetsIn() {
        HttpBrowser browser = new HttpBrowser();
        String platformAnswer;
        try (TestApp app = start()) {
            platformAnswer = SandboxLaunch.platformAnswer(app, browser, "sandbox-learner-1", Map.of());
        }
        try (TestApp app = start()) {
            var launch = browser.submitAutoPost(app.url("/"), platformAnswer);
            assertEquals(200, launch.statusCode(), launch.body());
            assertTrue(launch.body().contains("Convolutional Networks for Vision"), "the learner's lesson");
        }
    }

    private TestApp start() {
        return TestApp.start("jdbc:h2:file:" + dataDir.resolve("convolve"), "sa", "",
                Map.of("CONVOLVE_PORT", String.valueOf(port)));
    }
}

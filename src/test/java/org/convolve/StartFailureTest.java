package org.convolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An admin's mistake at start ends the process with one sentence that says what to change. */
class StartFailureTest {
    @TempDir
    Path dir;

    private record Ended(int exit, String output) {
    }

    private Ended run(Map<String, String> env, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.convolve.Main"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CONVOLVE_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("CONVOLVE_SANDBOX", "false");
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running:\n" + output);
        return new Ended(process.exitValue(), output);
    }

    @Test
    void aSettingThatIsNoNumberIsNamed() throws Exception {
        Ended ended = run(Map.of("CONVOLVE_PORT", "80a"));

        assertEquals(2, ended.exit(), ended.output());
        assertTrue(ended.output().contains("Convolve cannot start: CONVOLVE_PORT must be a whole number"), ended.output());
        assertFalse(ended.output().contains("Exception"), ended.output());
    }

    @Test
    void aSubcommandSaysTheSame() throws Exception {
        Ended ended = run(Map.of("CONVOLVE_GRADESYNC_THREADS", "40"), "platform-list");

        assertEquals(2, ended.exit(), ended.output());
        assertTrue(ended.output().contains("Grade sync needs 1 to 16 delivery threads, not 40."), ended.output());
    }

    @Test
    void aPortAnotherProgramHoldsEndsWithTheWayOut() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            Ended ended = run(Map.of("CONVOLVE_PORT", String.valueOf(taken.getLocalPort())));

            assertEquals(1, ended.exit(), ended.output());
            String[] lines = ended.output().strip().split("\n");
            assertTrue(lines[lines.length - 1].startsWith("Convolve could not listen on port " + taken.getLocalPort()),
                    ended.output());
        }
    }
}

package org.convolve;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** {@code org.convolve.Main} run as its own process, as an admin runs the jar, until it ends. */
final class MainProcess {
    record Ended(int exit, String output) {
    }

    private MainProcess() {
    }

    /** Without the sandbox, with its H2 data in {@code dir}, and standard error mixed into the output. */
    static Ended run(Path dir, Map<String, String> env, String... arguments) throws Exception {
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
}

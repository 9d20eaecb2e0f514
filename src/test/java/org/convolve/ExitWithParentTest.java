package org.convolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run command forks the tool from Maven; stopping Maven, even with SIGKILL, must not
 * leave the tool serving on its port. A shell stands in for Maven here.
 */
class ExitWithParentTest {
    @TempDir
    Path dir;

    @Test
    void theToolStopsWhenTheProcessThatStartedItIsKilled() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = dir.resolve("tool.log");
        ProcessBuilder builder = new ProcessBuilder("bash", "-c",
                "\"$0\" -cp \"$1\" org.convolve.Main --exit-with-parent > \"$2\" 2>&1 & echo $!; wait",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"), log.toString());
        builder.environment().put("CONVOLVE_PORT", String.valueOf(port));
        builder.environment().put("CONVOLVE_DATA_DIR", dir.resolve("data").toString());
        builder.environment().put("CONVOLVE_SANDBOX", "false");
        Process shell = builder.start();
        long toolPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(shell.getInputStream(), StandardCharsets.UTF_8))) {
            toolPid = Long.parseLong(out.readLine().trim());
        }
        ProcessHandle tool = ProcessHandle.of(toolPid).orElseThrow();
        try {
            assertEquals(200, awaitHealth(port, log), "the tool never answered /health");

            shell.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            try {
                tool.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException stillRunning) {
                throw new AssertionError("the tool was still running 30 s after its parent was killed");
            }
            assertTrue(Files.readString(log).contains("The process that started Convolve has ended"),
                    "the tool should say why it stopped");
        } finally {
            tool.destroyForcibly();
        }
    }

    private static int awaitHealth(int port, Path log) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            } catch (IOException notListeningYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("no answer on /health within 60 s; the tool's log:\n" + Files.readString(log));
    }
}

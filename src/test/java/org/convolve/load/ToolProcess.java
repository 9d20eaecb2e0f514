package org.convolve.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The tool (or the sandbox platform) as a separate operating-system process, started from the
 * packaged jar, so that its CPU time and memory can be read from /proc apart from the driver's.
 */
final class ToolProcess implements AutoCloseable {
    private final Process process;
    private final URI url;
    private final long startedNanos;

    private ToolProcess(Process process, URI url, long startedNanos) {
        this.process = process;
        this.url = url;
        this.startedNanos = startedNanos;
    }

    static ToolProcess start(Path jar, int port, Map<String, String> env, List<String> jvmOptions, Path log) {
        try {
            List<String> command = new java.util.ArrayList<>(List.of(javaBinary()));
            command.addAll(jvmOptions);
            command.addAll(List.of("-jar", jar.toString()));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(env);
            // As README's run command starts the tool; --compare-env may set it otherwise.
            builder.environment().putIfAbsent("MALLOC_ARENA_MAX", "2");
            builder.environment().put("CONVOLVE_PORT", String.valueOf(port));
            builder.environment().putIfAbsent("CONVOLVE_PUBLIC_URL", "http://localhost:" + port);
            long started = System.nanoTime();
            return new ToolProcess(builder.start(), URI.create("http://localhost:" + port), started);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url() {
        return url;
    }

    long pid() {
        return process.pid();
    }

    long startedNanos() {
        return startedNanos;
    }

    void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The process at " + url + " exited with " + process.exitValue());
            }
            try {
                HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url.resolve("/health"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            sleep(20);
        }
        throw new IllegalStateException(url + " did not become healthy within " + timeout);
    }

    Duration cpuTime() {
        return cpuTimeOf(pid());
    }

    /** User plus system CPU time of a process so far, from /proc/[pid]/stat (clock ticks of 10 ms). */
    static Duration cpuTimeOf(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return Duration.ofMillis(ticks * 10);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Peak resident memory (VmHWM) in megabytes. */
    long peakResidentMegabytes() {
        return statusKilobytes("VmHWM:") / 1024;
    }

    long residentMegabytes() {
        return statusKilobytes("VmRSS:") / 1024;
    }

    private long statusKilobytes(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.convolve.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.convolve.sandbox.SandboxPlatform;
import org.convolve.testing.HttpBrowser;
import org.convolve.testing.TempDirectories;
import org.convolve.testing.TestApp;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Complete launches at a chosen concurrency for a bounded time, against the packaged tool in
 * one process and the sandbox platform in another, both on this machine's loopback. Reports
 * launches per second, latency percentiles, errors by kind, the tool's CPU per launch and its
 * peak resident memory. Not part of the test run: see README, "Performance".
 */
@Command(name = "launch-load", mixinStandardHelpOptions = true)
public final class LaunchLoadDriver implements Callable<Integer> {
    @Option(names = "--jar", defaultValue = "target/convolve.jar", description = "the packaged tool")
    Path jar;
    @Option(names = "--concurrency", defaultValue = "32")
    int concurrency;
    @Option(names = "--seconds", defaultValue = "30", description = "measured time, at most 600")
    int seconds;
    @Option(names = "--warmup-seconds", defaultValue = "10")
    int warmupSeconds;
    @Option(names = "--heap", defaultValue = "160m", description = "the tool's -Xmx")
    String heap;
    @Option(names = "--answer", arity = "1", defaultValue = "true",
            description = "after each launch, answer a question (saved, and a score queued for the gradebook)")
    boolean answer;
    @Option(names = "--tool-jvm-option", description = "an extra JVM option for the tool, e.g. to record a JFR profile (repeatable)")
    List<String> toolJvmOptions = new ArrayList<>();
    @Option(names = "--platform-jvm-option", description = "an extra JVM option for the sandbox platform (repeatable)")
    List<String> platformJvmOptions = new ArrayList<>();
    @Option(names = "--compare-jar", description = "a second build of the tool, run side by side with --jar on its own"
            + " H2 database and half the virtual users, so that both meet the same machine; reports each one's CPU per"
            + " launch")
    Path compareJar;
    @Option(names = "--compare-jvm-option", description = "an extra JVM option for the --compare-jar build only (repeatable),"
            + " e.g. to compare -Xmx settings side by side with the same jar given twice")
    List<String> compareJvmOptions = new ArrayList<>();
    @Option(names = "--compare-env", description = "an environment variable NAME=VALUE for the --compare-jar build only"
            + " (repeatable), e.g. CONVOLVE_DB_POOL_SIZE=4 to compare settings side by side with the same jar given twice")
    Map<String, String> compareEnvironment = new java.util.LinkedHashMap<>();
    @Option(names = "--interval-seconds", defaultValue = "0",
            description = "also print launches per second, CPU per launch and resident memory every so many seconds")
    int intervalSeconds;
    @Option(names = "--new-learner-each-launch", description = "every launch is a learner who never launched before,"
            + " in a fresh browser (a lecture hall's first minute), instead of each virtual user launching again")
    boolean newLearnerEachLaunch;
    @Option(names = "--instances", defaultValue = "1", description = "tool instances sharing --db-url, 1..4")
    int instances;
    @Option(names = "--db-url", description = "a JDBC URL for the tool (default: a fresh H2 file)")
    String dbUrl;
    @Option(names = "--db-user", defaultValue = "convolve")
    String dbUser;
    @Option(names = "--db-password", defaultValue = "convolve")
    String dbPassword;
    /** Shared by warm-up and measured run, past the learners that launch again, so every such launch is a first one. */
    private final AtomicInteger newLearners = new AtomicInteger(1024);

    public static void main(String[] args) {
        System.exit(new CommandLine(new LaunchLoadDriver()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (seconds < 1 || seconds > 600 || concurrency < 1 || concurrency > 1024 || instances < 1 || instances > 4) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "seconds must be 1..600, concurrency 1..1024, instances 1..4");
        }
        if (instances > 1 && dbUrl == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "several instances need a shared --db-url");
        }
        if (compareJar != null && (instances > 1 || dbUrl != null)) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--compare-jar runs one instance of each build, each on its own H2 database");
        }
        if (compareJar == null && !(compareJvmOptions.isEmpty() && compareEnvironment.isEmpty())) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--compare-jvm-option and --compare-env need --compare-jar");
        }
        List<Path> jars = compareJar == null ? Collections.nCopies(instances, jar) : List.of(jar, compareJar);
        Path work = TempDirectories.create("convolve-load");
        try {
            return runIn(work, jars);
        } finally {
            deleteDatabases(work);
        }
    }

    /**
     * A run's H2 files grow by gigabytes a minute at full load, and a reader comes back for the
     * logs, which stay.
     */
    private static void deleteDatabases(Path work) throws IOException {
        try (var entries = Files.list(work)) {
            entries.filter(Files::isDirectory).forEach(TempDirectories::delete);
        }
    }

    private int runIn(Path work, List<Path> jars) throws Exception {
        List<Integer> toolPorts = new ArrayList<>();
        for (int i = 0; i < jars.size(); i++) {
            toolPorts.add(TestApp.freePort());
        }
        int platformPort = TestApp.freePort();
        // Every instance answers to the first one's URL, as instances behind one load balancer do.
        URI toolUrl = URI.create("http://localhost:" + toolPorts.get(0));
        URI platformUrl = URI.create("http://localhost:" + platformPort);

        try (ToolProcess platform = ToolProcess.start(jar, platformPort, Map.of(
                        "CONVOLVE_DATA_DIR", work.resolve("platform").toString(),
                        "CONVOLVE_SANDBOX", "true",
                        "CONVOLVE_SANDBOX_TOOL_URL", toolUrl.toString()),
                platformOptions(), work.resolve("platform.log"))) {
            platform.awaitHealthy(Duration.ofSeconds(60));
            Path platforms = writeRegistration(work, platformUrl);
            if (compareJar != null) {
                shareOneSigningKey(work, toolPorts.get(0), platforms, toolUrl);
            }
            List<ToolProcess> tools = new ArrayList<>();
            try {
                for (int i = 0; i < jars.size(); i++) {
                    Map<String, String> env = toolEnvironment(work.resolve("tool-" + i), platforms, toolUrl);
                    if (compareJar != null && i == 1) {
                        env.putAll(compareEnvironment);
                    }
                    tools.add(ToolProcess.start(jars.get(i), toolPorts.get(i), env, jvmOptions(i),
                            work.resolve("tool-" + i + ".log")));
                }
                List<LaunchScript> scripts = tools.stream()
                        .map(tool -> new LaunchScript(platformUrl, toolUrl, tool.url())).toList();
                Duration firstLaunch = firstSuccessfulLaunch(tools.get(0), scripts.get(0));
                for (int i = 1; i < tools.size(); i++) {
                    tools.get(i).awaitHealthy(Duration.ofSeconds(60));
                }
                run(scripts, warmupSeconds, null, new AtomicIntegerArray(tools.size()));
                List<Duration> cpuBefore = tools.stream().map(ToolProcess::cpuTime).toList();
                Duration platformBefore = platform.cpuTime();
                Duration driverBefore = ToolProcess.cpuTimeOf(ProcessHandle.current().pid());
                long started = System.nanoTime();
                LatencyRecorder recorder = new LatencyRecorder(2_000_000);
                AtomicIntegerArray launchesByInstance = new AtomicIntegerArray(tools.size());
                try (IntervalReport ignored = IntervalReport.every(intervalSeconds, tools, launchesByInstance)) {
                    run(scripts, seconds, recorder, launchesByInstance);
                }
                double elapsed = (System.nanoTime() - started) / 1e9;
                Duration cpu = Duration.ZERO;
                for (int i = 0; i < tools.size(); i++) {
                    cpu = cpu.plus(tools.get(i).cpuTime().minus(cpuBefore.get(i)));
                }
                Duration others = platform.cpuTime().minus(platformBefore);
                Duration driver = ToolProcess.cpuTimeOf(ProcessHandle.current().pid()).minus(driverBefore);
                report(recorder, elapsed, cpu, tools, firstLaunch);
                if (compareJar != null) {
                    for (int i = 0; i < tools.size(); i++) {
                        List<String> settings = new ArrayList<>(compareJvmOptions);
                        compareEnvironment.forEach((name, value) -> settings.add(name + "=" + value));
                        String label = jars.get(i) + (i == 1 && !settings.isEmpty() ? " with " + String.join(" ", settings) : "");
                        System.out.printf("%s: %d launches, tool CPU per launch %.3f ms, peak %d MB%n", label,
                                launchesByInstance.get(i), perLaunch(tools.get(i).cpuTime().minus(cpuBefore.get(i)),
                                        launchesByInstance.get(i)), tools.get(i).peakResidentMegabytes());
                    }
                }
                System.out.printf("sandbox platform CPU per launch: %.3f ms; this driver's: %.3f ms%n",
                        perLaunch(others, recorder.successes()), perLaunch(driver, recorder.successes()));
                if (answer) {
                    System.out.println("gradebook: " + GradebookDrain.await(platformUrl, Duration.ofSeconds(60)));
                }
                System.out.println("logs: " + work);
                return recorder.errorCount() == 0 ? 0 : 1;
            } finally {
                tools.forEach(ToolProcess::close);
            }
        }
    }

    /**
     * The sandbox fetches the tool's keys from the first instance's URL, so both builds must sign
     * with the same key: the first build starts once to make it, and the second gets a copy of its
     * database.
     */
    private void shareOneSigningKey(Path work, int port, Path platforms, URI toolUrl) throws IOException {
        try (ToolProcess first = ToolProcess.start(jar, port, toolEnvironment(work.resolve("tool-0"), platforms,
                toolUrl), jvmOptions(0), work.resolve("tool-0-first-start.log"))) {
            first.awaitHealthy(Duration.ofSeconds(60));
            // Publishing keys waits for the first one to exist.
            LaunchScript.expect("tool keys", 200, new HttpBrowser().get(first.url().resolve("/.well-known/jwks.json")));
        }
        Path from = work.resolve("tool-0");
        Path to = work.resolve("tool-1");
        try (var files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(from.relativize(file).toString()));
            }
        }
    }

    /** The options README recommends for a 2-core machine: G1's concurrent threads cost more than they save there. */
    private List<String> jvmOptions(int instance) {
        List<String> options = new ArrayList<>(List.of("-Xmx" + heap, "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        options.addAll(toolJvmOptions);
        if (compareJar != null && instance == 1) {
            // Given last, so that the JVM takes them over the same options given before.
            options.addAll(compareJvmOptions);
        }
        return options;
    }

    private Map<String, String> toolEnvironment(Path dataDir, Path platforms, URI publicUrl) {
        Map<String, String> env = new java.util.HashMap<>();
        env.put("CONVOLVE_DATA_DIR", dataDir.toString());
        env.put("CONVOLVE_PUBLIC_URL", publicUrl.toString());
        env.put("CONVOLVE_SANDBOX", "false");
        env.put("CONVOLVE_PLATFORMS_FILE", platforms.toString());
        if (dbUrl != null) {
            env.put("CONVOLVE_DB_URL", dbUrl);
            env.put("CONVOLVE_DB_USER", dbUser);
            env.put("CONVOLVE_DB_PASSWORD", dbPassword);
        }
        return env;
    }

    /** The admin's step: the tool learns of the sandbox platform from a registration file. */
    private static Path writeRegistration(Path work, URI platformUrl) throws IOException {
        String sandbox = platformUrl + "/sandbox";
        String json = "[{\"issuer\":\"" + sandbox + "\",\"client_id\":\"" + SandboxPlatform.CLIENT_ID + "\","
                + "\"name\":\"Sandbox (load driver)\",\"auth_url\":\"" + sandbox + "/auth\","
                + "\"token_url\":\"" + sandbox + "/token\",\"jwks_url\":\"" + sandbox + "/jwks\","
                + "\"deployment_ids\":[\"" + SandboxPlatform.DEPLOYMENT_ID + "\"],\"deployment_policy\":\"FIXED_LIST\"}]";
        return Files.writeString(work.resolve("platforms.json"), json);
    }

    private List<String> platformOptions() {
        List<String> options = new ArrayList<>(List.of("-Xmx512m"));
        options.addAll(platformJvmOptions);
        return options;
    }

    /** From process start to the first launch that reaches the lesson page. */
    private static Duration firstSuccessfulLaunch(ToolProcess tool, LaunchScript script) {
        HttpBrowser browser = new HttpBrowser();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                script.launch(browser, "load-learner-1");
                return Duration.ofNanos(System.nanoTime() - tool.startedNanos());
            } catch (RuntimeException notYet) {
                sleep(5);
            }
        }
        throw new IllegalStateException("No launch succeeded within 60 s of starting the tool");
    }

    private void run(List<LaunchScript> scripts, int durationSeconds, LatencyRecorder recorder,
                     AtomicIntegerArray launchesByInstance) throws InterruptedException {
        ExecutorService users = Executors.newFixedThreadPool(concurrency);
        HttpClient sharedClient = HttpBrowser.newClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(durationSeconds).toNanos();
        for (int i = 0; i < concurrency; i++) {
            // Each virtual user is its own learner, so no two of them answer the same form at once.
            String user = "load-learner-" + (i + 1);
            int instance = i % scripts.size();
            LaunchScript script = scripts.get(instance);
            users.submit(() -> {
                HttpBrowser browser = HttpBrowser.sharing(sharedClient);
                String learner = user;
                while (System.nanoTime() < deadline) {
                    if (newLearnerEachLaunch) {
                        learner = "load-learner-" + newLearners.incrementAndGet();
                        browser.clearCookiesAndCache();
                    }
                    long begin = System.nanoTime();
                    try {
                        String lesson = script.launch(browser, learner).body();
                        if (answer) {
                            script.answer(browser, lesson);
                        }
                        if (recorder != null) {
                            recorder.record(System.nanoTime() - begin);
                            launchesByInstance.incrementAndGet(instance);
                        }
                    } catch (LaunchScript.StepFailed e) {
                        if (recorder != null) {
                            recorder.error(e.kind);
                        }
                    } catch (RuntimeException e) {
                        if (recorder != null) {
                            recorder.error(e.getClass().getSimpleName());
                        }
                    }
                }
            });
        }
        users.shutdown();
        users.awaitTermination(durationSeconds + 60L, TimeUnit.SECONDS);
    }

    private void report(LatencyRecorder recorder, double elapsed, Duration cpu, List<ToolProcess> tools,
                        Duration firstLaunch) {
        int launches = recorder.successes();
        List<String> lines = new ArrayList<>();
        lines.add(String.format("concurrency %d, %d tool instance(s), %d s measured after %d s warm-up",
                concurrency, tools.size(), seconds, warmupSeconds));
        lines.add(String.format("complete launches%s: %d (%.0f per second)", answer ? " with an answer" : "",
                launches, launches / elapsed));
        lines.add(String.format("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f",
                recorder.percentileMillis(50), recorder.percentileMillis(95),
                recorder.percentileMillis(99), recorder.percentileMillis(100)));
        lines.add("errors: " + (recorder.errorCount() == 0 ? "none" : recorder.errorsByKind()));
        lines.add(String.format("tool CPU per launch: %.3f ms (%.1f s CPU over the run)",
                launches == 0 ? Double.NaN : cpu.toNanos() / 1e6 / launches, cpu.toMillis() / 1000.0));
        lines.add("tool peak resident memory: " + tools.stream().map(t -> t.peakResidentMegabytes() + " MB")
                .collect(java.util.stream.Collectors.joining(", ")) + (tools.size() > 1 ? " (per instance)" : ""));
        lines.add("process start to first successful launch: " + firstLaunch.toMillis() + " ms");
        lines.forEach(System.out::println);
    }

    private static double perLaunch(Duration cpu, int launches) {
        return launches == 0 ? Double.NaN : cpu.toNanos() / 1e6 / launches;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

package org.convolve.load;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * Prints the measured run's figures every few seconds, so that a long run shows whether the tool
 * slows down or grows as its tables and caches fill, which the totals at the end would hide.
 */
final class IntervalReport implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "interval-report");
        thread.setDaemon(true);
        return thread;
    });
    private final List<ToolProcess> tools;
    private final AtomicIntegerArray launchesByInstance;
    private final long startedNanos = System.nanoTime();
    private long lastNanos = startedNanos;
    private int lastLaunches;
    private Duration lastCpu;

    private IntervalReport(List<ToolProcess> tools, AtomicIntegerArray launchesByInstance) {
        this.tools = tools;
        this.launchesByInstance = launchesByInstance;
        this.lastCpu = totalCpu();
    }

    /** Reports every {@code seconds}; does nothing when {@code seconds} is 0. */
    static IntervalReport every(int seconds, List<ToolProcess> tools, AtomicIntegerArray launchesByInstance) {
        IntervalReport report = new IntervalReport(tools, launchesByInstance);
        if (seconds > 0) {
            report.timer.scheduleAtFixedRate(report::print, seconds, seconds, TimeUnit.SECONDS);
        }
        return report;
    }

    private synchronized void print() {
        long now = System.nanoTime();
        int launches = 0;
        for (int i = 0; i < launchesByInstance.length(); i++) {
            launches += launchesByInstance.get(i);
        }
        Duration cpu = totalCpu();
        int interval = launches - lastLaunches;
        double cpuPerLaunch = interval == 0 ? Double.NaN : cpu.minus(lastCpu).toNanos() / 1e6 / interval;
        StringBuilder memory = new StringBuilder();
        for (ToolProcess tool : tools) {
            memory.append(memory.length() == 0 ? "" : ", ").append(tool.residentMegabytes()).append(" MB");
        }
        System.out.printf("%4d s: %.0f launches per second, tool CPU per launch %.3f ms, resident %s%n",
                Math.round((now - startedNanos) / 1e9), interval / ((now - lastNanos) / 1e9), cpuPerLaunch, memory);
        lastNanos = now;
        lastLaunches = launches;
        lastCpu = cpu;
    }

    private Duration totalCpu() {
        Duration total = Duration.ZERO;
        for (ToolProcess tool : tools) {
            total = total.plus(tool.cpuTime());
        }
        return total;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

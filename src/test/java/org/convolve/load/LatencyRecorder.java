package org.convolve.load;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** Latencies of complete launches and errors by kind, gathered from every virtual user. */
final class LatencyRecorder {
    private final long[] micros;
    private final AtomicInteger count = new AtomicInteger();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();

    LatencyRecorder(int capacity) {
        this.micros = new long[capacity];
    }

    void record(long elapsedNanos) {
        int index = count.getAndIncrement();
        if (index < micros.length) {
            micros[index] = elapsedNanos / 1_000;
        }
    }

    void error(String kind) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    }

    int successes() {
        return Math.min(count.get(), micros.length);
    }

    long errorCount() {
        return errors.values().stream().mapToLong(LongAdder::sum).sum();
    }

    Map<String, Long> errorsByKind() {
        Map<String, Long> sorted = new TreeMap<>();
        errors.forEach((kind, adder) -> sorted.put(kind, adder.sum()));
        return sorted;
    }

    /** Percentile in milliseconds, nearest-rank. */
    double percentileMillis(double percentile) {
        int n = successes();
        if (n == 0) {
            return Double.NaN;
        }
        long[] sorted = Arrays.copyOf(micros, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * n) - 1;
        return sorted[Math.max(0, Math.min(n - 1, rank))] / 1000.0;
    }
}

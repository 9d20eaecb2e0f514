package org.convolve;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A line for the admin who starts the jar with the JVM's defaults on a small machine: there the
 * defaults cost about twice the CPU per launch of the options README's Performance section
 * recommends, and nothing else would tell them.
 */
final class JvmAdvice {
    static final String RECOMMENDED = "-Xmx160m -XX:+UseSerialGC -XX:TieredStopAtLevel=1";
    private static final int SMALL_MACHINE_CORES = 2;
    private static final List<String> SERIAL_COLLECTORS = List.of("Copy", "MarkSweepCompact");

    private JvmAdvice() {
    }

    /** What this JVM runs with, as far as the advice needs it. */
    record Settings(int cores, List<String> collectors, boolean fullCompiler) {
        /** Empty on a JVM that is not HotSpot: its options are not these, and the advice would be wrong. */
        static Optional<Settings> ofThisJvm() {
            List<String> collectors = new ArrayList<>();
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                collectors.add(collector.getName());
            }
            HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            if (hotSpot == null) {
                return Optional.empty();
            }
            try {
                boolean tiered = Boolean.parseBoolean(hotSpot.getVMOption("TieredCompilation").getValue());
                int stopAt = Integer.parseInt(hotSpot.getVMOption("TieredStopAtLevel").getValue());
                return Optional.of(new Settings(Runtime.getRuntime().availableProcessors(), collectors,
                        !tiered || stopAt > 1));
            } catch (IllegalArgumentException unknownOption) {
                return Optional.empty();
            }
        }
    }

    static Optional<String> forSettings(Settings settings) {
        if (settings.cores() > SMALL_MACHINE_CORES) {
            return Optional.empty();
        }
        List<String> costly = new ArrayList<>();
        if (!SERIAL_COLLECTORS.containsAll(settings.collectors())) {
            costly.add("the collectors " + String.join(", ", settings.collectors()));
        }
        if (settings.fullCompiler()) {
            costly.add("the full JIT compiler");
        }
        if (costly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Note: this JVM has " + settings.cores() + " core(s) and runs with "
                + String.join(" and ", costly) + ". On two cores the options " + RECOMMENDED
                + " about halve the tool's CPU per launch (README, \"Performance\").");
    }
}

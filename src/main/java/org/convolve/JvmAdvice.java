package org.convolve;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A line for the admin who starts the jar with the JVM's defaults on a small machine, saying what
 * each default costs there as README's Performance section measured it. The two differ: the
 * default collector costs CPU from the first launch on, while the full compiler costs CPU only
 * until it has compiled the tool, and memory for good, so the note must not lump them together.
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
            costly.add("the collectors " + String.join(", ", settings.collectors())
                    + ", which about double the tool's CPU per launch on so few cores");
        }
        if (settings.fullCompiler()) {
            costly.add("the full JIT compiler, which takes some 80 MB more memory, and more CPU per launch"
                    + " in its first minute or two under full load but less after");
        }
        if (costly.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("Note: this JVM has " + settings.cores() + " core(s) and runs with "
                + String.join(", and ", costly) + ". The options " + RECOMMENDED
                + " keep the tool under 300 MB and quickest to start (README, \"Performance\").");
    }
}

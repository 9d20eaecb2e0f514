package org.convolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JvmAdviceTest {
    private static final List<String> SERIAL = List.of("Copy", "MarkSweepCompact");
    private static final List<String> G1 = List.of("G1 Young Generation", "G1 Old Generation");

    @Test
    void theRecommendedOptionsOnTwoCoresNeedNoAdvice() {
        assertEquals(Optional.empty(), JvmAdvice.forSettings(new JvmAdvice.Settings(2, SERIAL, false)));
    }

    @Test
    void defaultsOnTwoCoresNameWhatCostsAndTheOptions() {
        String advice = JvmAdvice.forSettings(new JvmAdvice.Settings(2, G1, true)).orElseThrow();

        assertTrue(advice.contains("G1 Young Generation"), advice);
        assertTrue(advice.contains("full JIT compiler"), advice);
        assertTrue(advice.contains(JvmAdvice.RECOMMENDED), advice);
    }

    @Test
    void onlyTheCostlySettingIsNamed() {
        String advice = JvmAdvice.forSettings(new JvmAdvice.Settings(1, SERIAL, true)).orElseThrow();

        assertTrue(advice.contains("full JIT compiler"), advice);
        assertFalse(advice.contains("collector"), advice);
    }

    /** Measured: the full compiler costs CPU only until it has compiled the tool; its memory stays. */
    @Test
    void theCompilerIsNotBlamedForCpuOnceItHasCompiled() {
        String advice = JvmAdvice.forSettings(new JvmAdvice.Settings(2, SERIAL, true)).orElseThrow();

        assertTrue(advice.contains("80 MB more memory"), advice);
        assertTrue(advice.contains("less after"), advice);
        assertFalse(advice.contains("double"), advice);
    }

    @Test
    void largerMachinesAreLeftToTheirAdmins() {
        assertEquals(Optional.empty(), JvmAdvice.forSettings(new JvmAdvice.Settings(8, G1, true)));
    }

    @Test
    void readsThisJvm() {
        JvmAdvice.Settings settings = JvmAdvice.Settings.ofThisJvm().orElseThrow(() -> new AssertionError("HotSpot"));

        assertEquals(Runtime.getRuntime().availableProcessors(), settings.cores());
        assertFalse(settings.collectors().isEmpty());
    }
}

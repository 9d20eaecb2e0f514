package org.convolve.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SandboxFaultsTest {

    @Test
    void aSlowAnswerWithoutAWaitOfItsOwnComesBeforeTheToolGivesUp() {
        SandboxFaults faults = new SandboxFaults();
        faults.set("slow", 0, 1, 0, 0);

        assertEquals(3_000, faults.next().orElseThrow().hangMillis(), "under the tool's 10 s timeout");
        assertEquals("slow answers (3000 ms) until switched off", faults.describe());
    }

    @Test
    void aHangWithoutAWaitOfItsOwnOutlastsTheTool() {
        SandboxFaults faults = new SandboxFaults();
        faults.set("hang", 2, 1, 0, 0);

        assertEquals(30_000, faults.next().orElseThrow().hangMillis());
        assertEquals("no answer (30000 ms) for the next 1 request", faults.describe());
    }

    @Test
    void theStatusNamesAnErrorAsHttpSaysIt() {
        SandboxFaults faults = new SandboxFaults();
        faults.set("503", 0, 0.5, 40, 0);

        assertEquals("503 Service Unavailable until switched off (50% of requests), Retry-After 40 s", faults.describe());
    }

    @Test
    void aShareThatIsNoNumberIsRefused() {
        SandboxFaults faults = new SandboxFaults();

        assertThrows(IllegalArgumentException.class, () -> faults.set("500", 0, Double.NaN, 0, 0));
        assertEquals("none", faults.describe());
    }
}

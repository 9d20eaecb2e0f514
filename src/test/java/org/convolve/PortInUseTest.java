package org.convolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortInUseTest {
    @Test
    void aPortAnotherProgramHoldsIsExplainedWithTheWayOut() throws IOException {
        try (ServerSocket taken = new ServerSocket(0)) {
            BindException bind = null;
            try (ServerSocket second = new ServerSocket(taken.getLocalPort())) {
                second.getLocalPort();
            } catch (BindException expected) {
                bind = expected;
            }
            RuntimeException failure = new RuntimeException("Failed to start", new IOException("bind", bind));

            String message = PortInUse.explain(failure, taken.getLocalPort()).orElseThrow();

            assertTrue(message.contains("port " + taken.getLocalPort()), message);
            assertTrue(message.contains("CONVOLVE_PORT"), message);
        }
    }

    @Test
    void otherFailuresAreLeftAlone() {
        assertEquals(Optional.empty(), PortInUse.explain(new IllegalStateException("no lessons", null), 8080));
    }
}

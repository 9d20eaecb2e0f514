package org.convolve.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EnvironmentNumbersTest {
    @Test
    void anUnsetOrBlankVariableGivesTheDefault() {
        assertEquals(8080, EnvironmentNumbers.of(Map.of(), "CONVOLVE_PORT", 8080));
        assertEquals(8080, EnvironmentNumbers.of(Map.of("CONVOLVE_PORT", " "), "CONVOLVE_PORT", 8080));
    }

    @Test
    void aNumberIsRead() {
        assertEquals(9090, EnvironmentNumbers.of(Map.of("CONVOLVE_PORT", " 9090 "), "CONVOLVE_PORT", 8080));
    }

    @ParameterizedTest
    @ValueSource(strings = {"80a", "-1", "1.5", "99999999999"})
    void anythingElseIsRefusedNamingTheVariable(String value) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> EnvironmentNumbers.of(Map.of("CONVOLVE_PORT", value), "CONVOLVE_PORT", 8080));

        assertTrue(refused.getMessage().startsWith("CONVOLVE_PORT must be a whole number"), refused.getMessage());
        assertTrue(refused.getMessage().contains("'" + value + "'"), refused.getMessage());
    }
}

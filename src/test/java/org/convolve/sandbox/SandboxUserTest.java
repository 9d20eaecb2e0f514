package org.convolve.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SandboxUserTest {
    @ParameterizedTest
    @ValueSource(strings = {"load-learner-1", "load-learner-10001", "load-learner-9999999"})
    void loadLearnersAreLearnersNamedAfterTheirNumber(String id) {
        SandboxUser user = SandboxUser.find(id).orElseThrow();

        assertEquals(id, user.id());
        assertEquals("Load Learner " + id.substring("load-learner-".length()), user.name());
        assertTrue(SandboxUser.isLearner(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"load-learner-0", "load-learner-01", "load-learner-10000000", "load-learner-", "load-learner-1x"})
    void otherIdsAreNobody(String id) {
        assertFalse(SandboxUser.find(id).isPresent(), id);
    }

    @Test
    void theInstructorIsNoLearner() {
        assertTrue(SandboxUser.find("sandbox-instructor").orElseThrow().instructor());
        assertFalse(SandboxUser.isLearner("sandbox-instructor"));
    }
}

package org.convolve.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.convolve.lti.launch.Roles;
import org.junit.jupiter.api.Test;

class ColumnTextTest {
    @Test
    void aValueThatFitsIsKeptAsItIs() {
        assertEquals("Robin Okoye", ColumnText.fit("Robin Okoye", ColumnText.NAME_WIDTH));
        assertNull(ColumnText.fit(null, ColumnText.NAME_WIDTH));
    }

    @Test
    void aLongValueIsCutWithoutSplittingACharacterInTwo() {
        String name = "a".repeat(254) + "\uD835\uDC9C" + "b";

        String cut = ColumnText.fit(name, ColumnText.NAME_WIDTH);

        assertEquals("a".repeat(254), cut, "the pair of a character beyond the first plane stays whole or goes");
        assertEquals(ColumnText.NAME_WIDTH, ColumnText.fit("c".repeat(300), ColumnText.NAME_WIDTH).length());
    }

    @Test
    void rolesThatFitAreJoinedInTheirOrder() {
        Roles roles = new Roles(List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner", "Mentor"));

        assertEquals("http://purl.imsglobal.org/vocab/lis/v2/membership#Learner Mentor", ColumnText.roles(roles));
    }

    @Test
    void tooManyRolesKeepTheOnesTheToolKnowsAndWholeRolesOnly() {
        List<String> values = new ArrayList<>(Collections.nCopies(80, "http://example.edu/roles/" + "r".repeat(50)));
        values.add("http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor");

        String stored = ColumnText.roles(new Roles(values));

        assertTrue(stored.length() <= ColumnText.ROLES_WIDTH, stored.length() + " characters");
        assertTrue(new Roles(List.of(stored.split(" "))).isInstructor(), stored);
        for (String role : stored.split(" ")) {
            assertTrue(values.contains(role), "a role cut short: " + role);
        }
    }
}

package org.convolve.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XpTest {

    @Test
    void splitsXpInProportionToTheItemsRight() {
        assertEquals(new Xp(1.5, 2.5), Xp.proportional(2.5, 3, 5));
    }

    @Test
    void givesExactlyTheAvailableXpWhenEveryItemIsRight() {
        Xp xp = Xp.proportional(0.7, 3, 3);

        assertTrue(xp.isFull());
    }

    @Test
    void refusesToEarnMoreThanIsAvailable() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Xp(3, 2));

        assertEquals("earned XP 3.0 exceeds the 2.0 available", e.getMessage());
    }

    @Test
    void refusesXpThatIsNotAFiniteNumber() {
        assertThrows(IllegalArgumentException.class, () -> new Xp(0, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Xp(-1, 2));
    }

    @Test
    void noneEarnsNothing() {
        assertFalse(Xp.none(3).isFull());
        assertEquals(0.0, Xp.none(3).earned());
    }
}

package org.convolve.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PrintedNumbersTest {
    @Test
    void printsTheMinusSignTheLessonUses() {
        assertEquals("\u22123", PrintedNumbers.of(-3));
        assertEquals("2.5", PrintedNumbers.of(2.5));
        assertEquals("the most negative value is \u221222, a whole number from \u22129 to 9",
                PrintedNumbers.inText("the most negative value is -22, a whole number from -9 to 9"));
    }

    @Test
    void leavesHyphensInWordsAndIdsAlone() {
        assertEquals("cell-0-1 and a well-known 3-by-3 filter",
                PrintedNumbers.inText("cell-0-1 and a well-known 3-by-3 filter"));
    }
}

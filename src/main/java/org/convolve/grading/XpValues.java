package org.convolve.grading;

/** XP numbers come from lesson content files, so each one is checked where it enters. */
final class XpValues {

    private XpValues() {
    }

    static double requireNonNegative(String what, double value) {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException(what + " must be a finite number of at least 0, got " + value);
        }
        return value;
    }
}

package org.convolve.conv;

/** Shows numbers the way a learner writes them: 3 rather than 3.0. */
public final class Numbers {

    private Numbers() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}

package org.convolve.grading;

/** XP earned out of XP available for one graded answer; fractions are allowed for partial credit. */
public record Xp(double earned, double available) {

    public Xp {
        XpValues.requireNonNegative("available XP", available);
        XpValues.requireNonNegative("earned XP", earned);
        if (earned > available) {
            throw new IllegalArgumentException("earned XP " + earned + " exceeds the " + available + " available");
        }
    }

    public static Xp none(double available) {
        return new Xp(0, available);
    }

    public static Xp full(double available) {
        return new Xp(available, available);
    }

    /** The share of {@code available} that {@code right} out of {@code total} items earns. */
    public static Xp proportional(double available, int right, int total) {
        if (total < 1 || right < 0 || right > total) {
            throw new IllegalArgumentException(right + " right out of " + total + " is not a valid count");
        }
        return new Xp(right == total ? available : available * right / total, available);
    }

    public boolean isFull() {
        return earned == available;
    }
}

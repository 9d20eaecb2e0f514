package org.convolve.grading;

/**
 * XP for the hand-worked feature map, from the lesson content: the top-left cell, the cell to its
 * right, and a bonus when the whole map is right.
 */
public record ConvolutionGridXp(double topLeftXp, double nextXp, double fullMapXp) {

    public static final ConvolutionGridXp LESSON_DEFAULT = new ConvolutionGridXp(1, 1, 3);

    public ConvolutionGridXp {
        XpValues.requireNonNegative("top-left cell XP", topLeftXp);
        XpValues.requireNonNegative("next cell XP", nextXp);
        XpValues.requireNonNegative("full feature map XP", fullMapXp);
    }

    public double available() {
        return topLeftXp + nextXp + fullMapXp;
    }
}

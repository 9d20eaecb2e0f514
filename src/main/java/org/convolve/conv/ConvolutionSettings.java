package org.convolve.conv;

/** How a kernel slides: how many cells per step, and how many rings of zeros surround the image. */
public record ConvolutionSettings(int stride, int padding) {

    private static final ConvolutionSettings STANDARD = new ConvolutionSettings(1, 0);

    public ConvolutionSettings {
        if (stride < 1) {
            throw new IllegalArgumentException("the stride must be at least 1, got " + stride);
        }
        if (padding < 0) {
            throw new IllegalArgumentException("the padding cannot be negative, got " + padding);
        }
    }

    /** Stride 1 and no padding, as in the lesson's hand-worked exercise. */
    public static ConvolutionSettings standard() {
        return STANDARD;
    }
}

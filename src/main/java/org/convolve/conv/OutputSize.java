package org.convolve.conv;

/** The shape of a feature map: along each axis, out = floor((n + 2p - k) / s) + 1. */
public record OutputSize(int rows, int cols) {

    public static int along(int inputLength, int kernelLength, int stride, int padding) {
        if (inputLength < 1 || kernelLength < 1) {
            throw new IllegalArgumentException("input and kernel lengths must be at least 1, got input "
                    + inputLength + " and kernel " + kernelLength);
        }
        // Building the settings refuses a stride below 1 or a negative padding with a clear message.
        ConvolutionSettings settings = new ConvolutionSettings(stride, padding);
        int paddedLength = inputLength + 2 * settings.padding();
        if (kernelLength > paddedLength) {
            throw new IllegalArgumentException("a kernel of length " + kernelLength
                    + " does not fit an input of length " + inputLength + " with padding " + padding);
        }
        return (paddedLength - kernelLength) / settings.stride() + 1;
    }

    public static OutputSize of(Grid image, Grid kernel, ConvolutionSettings settings) {
        int padding = settings.padding();
        if (kernel.rows() > image.rows() + 2 * padding || kernel.cols() > image.cols() + 2 * padding) {
            throw new IllegalArgumentException("a " + kernel.rows() + "x" + kernel.cols()
                    + " kernel does not fit a " + image.rows() + "x" + image.cols()
                    + " image with padding " + padding);
        }
        return new OutputSize(
                along(image.rows(), kernel.rows(), settings.stride(), padding),
                along(image.cols(), kernel.cols(), settings.stride(), padding));
    }

    @Override
    public String toString() {
        return rows + "x" + cols;
    }
}

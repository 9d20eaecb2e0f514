package org.convolve.conv;

/** Keeps the largest value of each window; windows may overlap when the stride is below the window. */
public final class MaxPooling {

    private MaxPooling() {
    }

    /** The usual 2x2 window moved two cells at a time, which halves each side. */
    public static Grid twoByTwo(Grid input) {
        return apply(input, 2, 2);
    }

    public static Grid apply(Grid input, int window, int stride) {
        if (window < 1) {
            throw new IllegalArgumentException("the pooling window must be at least 1x1, got " + window + "x" + window);
        }
        if (stride < 1) {
            throw new IllegalArgumentException("the pooling stride must be at least 1, got " + stride);
        }
        if (window > input.rows() || window > input.cols()) {
            throw new IllegalArgumentException("a " + window + "x" + window + " pooling window does not fit a "
                    + input.rows() + "x" + input.cols() + " feature map");
        }
        int outRows = (input.rows() - window) / stride + 1;
        int outCols = (input.cols() - window) / stride + 1;
        int cols = input.cols();
        double[] in = input.values;
        double[] out = new double[outRows * outCols];
        for (int r = 0; r < outRows; r++) {
            for (int c = 0; c < outCols; c++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int wr = 0; wr < window; wr++) {
                    int base = (r * stride + wr) * cols + c * stride;
                    for (int wc = 0; wc < window; wc++) {
                        max = Math.max(max, in[base + wc]);
                    }
                }
                out[r * outCols + c] = max;
            }
        }
        return Grid.adopt(outRows, outCols, out);
    }
}

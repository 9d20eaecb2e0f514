package org.convolve.conv;

/** Rectified linear unit: every negative value becomes zero, the rest pass unchanged. */
public final class Relu {

    private Relu() {
    }

    public static Grid apply(Grid input) {
        double[] in = input.values;
        double[] out = new double[in.length];
        for (int i = 0; i < in.length; i++) {
            // Adding 0.0 turns -0.0 into 0.0, so ReLU never shows a learner a "minus zero".
            out[i] = Math.max(0.0, in[i]) + 0.0;
        }
        return Grid.adopt(input.rows(), input.cols(), out);
    }
}

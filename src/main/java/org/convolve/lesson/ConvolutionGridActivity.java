package org.convolve.lesson;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * Convolution by hand: the learner computes a feature map from an image and a kernel, reads it, then
 * (when the lesson has that step) designs a vertical-edge filter of the kernel's size. The geometry
 * (image size, kernel, stride, padding) is validated at load time.
 */
public record ConvolutionGridActivity(
        String id,
        String title,
        String instructions,
        List<String> steps,
        @JsonProperty(required = true) int xp,
        GridImageSpec image,
        List<List<Integer>> kernel,
        String kernelName,
        @JsonProperty(required = true) int stride,
        @JsonProperty(required = true) int padding,
        FeatureMapReading reading,
        FilterDesignStep verticalFilter,
        GridXpBreakdown xpBreakdown) implements Activity {

    public static final String TYPE = "convolution-grid";

    public ConvolutionGridActivity {
        steps = Copies.list(steps);
        kernel = Copies.grid(kernel);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public int xpAvailable() {
        return xpBreakdown.total();
    }

    public int kernelSize() {
        return kernel.size();
    }

    /** The last step, designing a vertical-edge filter, is the lesson's choice. */
    public boolean hasFilterStep() {
        return verticalFilter != null;
    }

    /** A fresh copy each call, so callers may not alter the lesson's kernel. */
    public int[][] kernelArray() {
        return Copies.toArray(kernel);
    }

    public int featureMapRows() {
        return (image.rows() + 2 * padding - kernelSize()) / stride + 1;
    }

    public int featureMapColumns() {
        return (image.columns() + 2 * padding - kernelSize()) / stride + 1;
    }
}

package org.convolve.conv;

import java.util.ArrayList;
import java.util.List;

/**
 * Slides a kernel over an image the way deep-learning libraries do: the kernel is not flipped,
 * so each output cell is the plain sum of image value times the weight lying on it.
 */
public final class CrossCorrelation {

    private CrossCorrelation() {
    }

    public static Grid apply(Grid image, Grid kernel) {
        return apply(image, kernel, ConvolutionSettings.standard());
    }

    public static Grid apply(Grid image, Grid kernel, ConvolutionSettings settings) {
        OutputSize size = OutputSize.of(image, kernel, settings);
        int stride = settings.stride();
        int padding = settings.padding();
        int imageRows = image.rows();
        int imageCols = image.cols();
        int kernelRows = kernel.rows();
        int kernelCols = kernel.cols();
        double[] pixels = image.values;
        double[] weights = kernel.values;
        double[] out = new double[size.rows() * size.cols()];
        int next = 0;
        for (int outRow = 0; outRow < size.rows(); outRow++) {
            int top = outRow * stride - padding;
            // Clipping the kernel range to the image skips the zero padding instead of reading it.
            int firstKernelRow = Math.max(0, -top);
            int endKernelRow = Math.min(kernelRows, imageRows - top);
            for (int outCol = 0; outCol < size.cols(); outCol++) {
                int left = outCol * stride - padding;
                int firstKernelCol = Math.max(0, -left);
                int endKernelCol = Math.min(kernelCols, imageCols - left);
                double sum = 0;
                for (int kr = firstKernelRow; kr < endKernelRow; kr++) {
                    int pixelBase = (top + kr) * imageCols + left;
                    int weightBase = kr * kernelCols;
                    for (int kc = firstKernelCol; kc < endKernelCol; kc++) {
                        sum += pixels[pixelBase + kc] * weights[weightBase + kc];
                    }
                }
                out[next++] = sum;
            }
        }
        return Grid.adopt(size.rows(), size.cols(), out);
    }

    /** The products behind one output cell, in kernel reading order, for showing the working. */
    public static WorkedCell workCell(Grid image, Grid kernel, ConvolutionSettings settings, CellPosition outCell) {
        OutputSize size = OutputSize.of(image, kernel, settings);
        if (outCell.row() >= size.rows() || outCell.col() >= size.cols()) {
            throw new IllegalArgumentException(
                    "output cell " + outCell + " is outside the " + size + " feature map");
        }
        int top = outCell.row() * settings.stride() - settings.padding();
        int left = outCell.col() * settings.stride() - settings.padding();
        List<CellProduct> products = new ArrayList<>(kernel.rows() * kernel.cols());
        for (int kr = 0; kr < kernel.rows(); kr++) {
            for (int kc = 0; kc < kernel.cols(); kc++) {
                int row = top + kr;
                int col = left + kc;
                boolean inPadding = row < 0 || col < 0 || row >= image.rows() || col >= image.cols();
                double pixel = inPadding ? 0 : image.get(row, col);
                products.add(new CellProduct(row, col, pixel, kernel.get(kr, kc), inPadding));
            }
        }
        return new WorkedCell(outCell, products);
    }

    public static WorkedCell workCell(Grid image, Grid kernel, CellPosition outCell) {
        return workCell(image, kernel, ConvolutionSettings.standard(), outCell);
    }
}

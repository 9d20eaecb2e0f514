package org.convolve.conv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Laws every cross-correlation must obey, checked on many random grids from a fixed seed. */
class CrossCorrelationPropertiesTest {

    private static final int TRIALS = 500;
    private static final double TOLERANCE = 1e-9;

    private final Random random = new Random(20_240_601L);

    @Test
    void agreesWithANaiveReferenceOnRandomImagesFiltersStridesAndPaddings() {
        for (int trial = 0; trial < TRIALS; trial++) {
            int padding = random.nextInt(3);
            int stride = 1 + random.nextInt(3);
            Grid kernel = randomGrid(1 + random.nextInt(4), 1 + random.nextInt(4), -9, 9);
            int minRows = Math.max(1, kernel.rows() - 2 * padding);
            int minCols = Math.max(1, kernel.cols() - 2 * padding);
            Grid image = randomGrid(minRows + random.nextInt(6), minCols + random.nextInt(6), 0, 9);

            Grid actual = CrossCorrelation.apply(image, kernel, new ConvolutionSettings(stride, padding));

            assertClose(naive(image, kernel, stride, padding), actual, "trial " + trial);
        }
    }

    @Test
    void isLinear() {
        for (int trial = 0; trial < TRIALS; trial++) {
            int rows = 3 + random.nextInt(5);
            int cols = 3 + random.nextInt(5);
            Grid x = randomGrid(rows, cols, -9, 9);
            Grid y = randomGrid(rows, cols, -9, 9);
            Grid kernel = randomGrid(3, 3, -9, 9);
            ConvolutionSettings settings = new ConvolutionSettings(1 + random.nextInt(2), random.nextInt(2));
            double a = random.nextInt(11) - 5;
            double b = random.nextDouble() * 4 - 2;

            Grid left = CrossCorrelation.apply(combine(a, x, b, y), kernel, settings);
            Grid right = combine(a, CrossCorrelation.apply(x, kernel, settings),
                    b, CrossCorrelation.apply(y, kernel, settings));

            assertClose(right, left, "trial " + trial);
        }
    }

    @Test
    void shiftingTheInputShiftsTheOutput() {
        for (int trial = 0; trial < TRIALS; trial++) {
            Grid image = randomGrid(3 + random.nextInt(5), 3 + random.nextInt(5), 0, 9);
            Grid kernel = randomGrid(3, 3, -9, 9);
            int down = random.nextInt(4);
            int right = random.nextInt(4);

            Grid original = CrossCorrelation.apply(image, kernel);
            Grid shifted = CrossCorrelation.apply(placeOnZeros(image, down, right), kernel);

            for (int r = 0; r < original.rows(); r++) {
                for (int c = 0; c < original.cols(); c++) {
                    assertEquals(original.get(r, c), shifted.get(r + down, c + right), TOLERANCE,
                            "trial " + trial + " cell (" + r + ", " + c + ")");
                }
            }
        }
    }

    @Test
    void givesAllZerosOnAFlatImageForAnyZeroSumFilter() {
        for (int trial = 0; trial < TRIALS; trial++) {
            Grid kernel = zeroSum(randomGrid(1 + random.nextInt(4), 1 + random.nextInt(4), -9, 9));
            Grid flat = Grid.filled(kernel.rows() + random.nextInt(5), kernel.cols() + random.nextInt(5),
                    random.nextInt(10));

            Grid map = CrossCorrelation.apply(flat, kernel, new ConvolutionSettings(1 + random.nextInt(3), 0));

            assertEquals(0.0, map.maxAbs(), TOLERANCE, "trial " + trial + " kernel " + kernel);
        }
    }

    @Test
    void reluNeverLeavesANegativeAndKeepsEveryPositive() {
        for (int trial = 0; trial < TRIALS; trial++) {
            Grid map = randomGrid(1 + random.nextInt(6), 1 + random.nextInt(6), -27, 27);

            Grid rectified = Relu.apply(map);

            for (int r = 0; r < map.rows(); r++) {
                for (int c = 0; c < map.cols(); c++) {
                    assertEquals(Math.max(0, map.get(r, c)), rectified.get(r, c));
                }
            }
            assertTrue(rectified.min() >= 0);
        }
    }

    @Test
    void maxPoolingAgreesWithANaiveReference() {
        for (int trial = 0; trial < TRIALS; trial++) {
            int window = 1 + random.nextInt(3);
            int stride = 1 + random.nextInt(3);
            Grid map = randomGrid(window + random.nextInt(6), window + random.nextInt(6), -27, 27);

            Grid pooled = MaxPooling.apply(map, window, stride);

            for (int r = 0; r < pooled.rows(); r++) {
                for (int c = 0; c < pooled.cols(); c++) {
                    double max = Double.NEGATIVE_INFINITY;
                    for (int i = r * stride; i < r * stride + window; i++) {
                        for (int j = c * stride; j < c * stride + window; j++) {
                            max = Math.max(max, map.get(i, j));
                        }
                    }
                    assertEquals(max, pooled.get(r, c), "trial " + trial);
                }
            }
            assertEquals((map.rows() - window) / stride + 1, pooled.rows());
            assertEquals((map.cols() - window) / stride + 1, pooled.cols());
        }
    }

    /** Written from the definition, with an explicit zero-padded copy; slow on purpose. */
    private static Grid naive(Grid image, Grid kernel, int stride, int padding) {
        int paddedRows = image.rows() + 2 * padding;
        int paddedCols = image.cols() + 2 * padding;
        double[][] padded = new double[paddedRows][paddedCols];
        for (int r = 0; r < image.rows(); r++) {
            for (int c = 0; c < image.cols(); c++) {
                padded[r + padding][c + padding] = image.get(r, c);
            }
        }
        int outRows = (paddedRows - kernel.rows()) / stride + 1;
        int outCols = (paddedCols - kernel.cols()) / stride + 1;
        double[][] out = new double[outRows][outCols];
        for (int i = 0; i < outRows; i++) {
            for (int j = 0; j < outCols; j++) {
                for (int u = 0; u < kernel.rows(); u++) {
                    for (int v = 0; v < kernel.cols(); v++) {
                        out[i][j] += padded[i * stride + u][j * stride + v] * kernel.get(u, v);
                    }
                }
            }
        }
        return Grid.of(out);
    }

    private Grid randomGrid(int rows, int cols, int low, int high) {
        int[][] cells = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r][c] = low + random.nextInt(high - low + 1);
            }
        }
        return Grid.of(cells);
    }

    private static Grid zeroSum(Grid kernel) {
        double[][] cells = kernel.toArray();
        int lastRow = kernel.rows() - 1;
        int lastCol = kernel.cols() - 1;
        cells[lastRow][lastCol] -= kernel.sum();
        return Grid.of(cells);
    }

    private static Grid combine(double a, Grid x, double b, Grid y) {
        double[][] cells = new double[x.rows()][x.cols()];
        for (int r = 0; r < x.rows(); r++) {
            for (int c = 0; c < x.cols(); c++) {
                cells[r][c] = a * x.get(r, c) + b * y.get(r, c);
            }
        }
        return Grid.of(cells);
    }

    private static Grid placeOnZeros(Grid image, int down, int right) {
        double[][] cells = new double[image.rows() + down][image.cols() + right];
        for (int r = 0; r < image.rows(); r++) {
            for (int c = 0; c < image.cols(); c++) {
                cells[r + down][c + right] = image.get(r, c);
            }
        }
        return Grid.of(cells);
    }

    private static void assertClose(Grid expected, Grid actual, String context) {
        assertEquals(expected.rows(), actual.rows(), context + ": rows");
        assertEquals(expected.cols(), actual.cols(), context + ": cols");
        for (int r = 0; r < expected.rows(); r++) {
            for (int c = 0; c < expected.cols(); c++) {
                assertEquals(expected.get(r, c), actual.get(r, c), TOLERANCE,
                        context + ": cell (" + r + ", " + c + ")");
            }
        }
    }
}

package org.convolve.conv;

/**
 * One image value times the weight lying on it. Rows and columns are the image's; a product
 * over the zero padding has {@code inPadding} set and a row or column outside the image.
 */
public record CellProduct(int imageRow, int imageCol, double imageValue, double weight, boolean inPadding) {

    public double value() {
        return imageValue * weight;
    }

    @Override
    public String toString() {
        return Numbers.format(imageValue) + " x " + Numbers.format(weight) + " = " + Numbers.format(value());
    }
}

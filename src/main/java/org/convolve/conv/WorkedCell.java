package org.convolve.conv;

import java.util.List;

/** The working behind one feature-map cell: every product, and their sum. */
public record WorkedCell(CellPosition outputCell, List<CellProduct> products) {

    public WorkedCell {
        products = List.copyOf(products);
    }

    public double total() {
        double total = 0;
        for (CellProduct product : products) {
            total += product.value();
        }
        return total;
    }
}

package org.convolve.grading;

import org.convolve.conv.CellPosition;

/** A learner's answer to "which cell holds it?": a cell, "there is none", or nothing yet. */
public sealed interface CellPick {

    record At(CellPosition cell) implements CellPick {
    }

    record None() implements CellPick {
    }

    record Blank() implements CellPick {
    }

    static CellPick at(int row, int col) {
        return new At(new CellPosition(row, col));
    }

    static CellPick none() {
        return new None();
    }

    static CellPick blank() {
        return new Blank();
    }
}

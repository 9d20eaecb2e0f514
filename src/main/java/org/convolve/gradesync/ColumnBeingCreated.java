package org.convolve.gradesync;

/** Another instance is creating the gradebook column this score needs; the score waits for it. */
final class ColumnBeingCreated extends Exception {
    ColumnBeingCreated() {
        super("Another instance of the tool is creating this gradebook column; the score follows once it exists.");
    }
}

package org.llmatlas.repair;

/** A 1-based line and column (in code points) of the damaged input text. */
public record Position(int line, int column) {
    @Override
    public String toString() {
        return line + ":" + column;
    }
}

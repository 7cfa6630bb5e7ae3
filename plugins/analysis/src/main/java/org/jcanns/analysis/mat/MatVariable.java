package org.jcanns.analysis.mat;

import java.util.List;
import org.jcanns.spi.analysis.NumericArray;

/** One variable of a MAT file: a real numeric array, a cell array, or a class jcanns does not read. */
public sealed interface MatVariable {
    /** A real numeric (or logical) array, converted to float64 in row-major order. */
    record Numeric(NumericArray array) implements MatVariable {
    }

    /** A cell array: its elements in MATLAB's (column-major) order and its dimensions. */
    record Cell(List<MatVariable> elements, int[] dims) implements MatVariable {
    }

    /** A variable of another class (struct, char, sparse, complex, object): named so errors can say what it is. */
    record Unsupported(String what) implements MatVariable {
    }
}

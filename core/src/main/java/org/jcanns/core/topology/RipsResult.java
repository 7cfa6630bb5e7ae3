package org.jcanns.core.topology;

import java.util.List;

/**
 * Persistence of a Vietoris–Rips filtration: one diagram per dimension 0..maxDim and, if asked for, one
 * representative cocycle per bar of dimension >= 1 (parallel to the diagram; none for H0, as ripser.py).
 *
 * <p>A cocycle of dimension d is an int array of rows of d + 2 values: the d + 1 vertices of a simplex, largest
 * first, then the cocycle's value on it in 0..p-1 (ripser.py's layout). The threshold is the one used: the given
 * one (rounded down to float32), or without one the enclosing radius when one point reaches all others, else
 * {@code Float.MAX_VALUE} (every finite edge).
 */
public record RipsResult(List<PersistenceDiagram> diagrams, List<List<int[]>> cocycles, int coefficient,
                         double threshold, long edges) {
    /** The diagram of dimension {@code dim}. */
    public PersistenceDiagram diagram(int dim) {
        return diagrams.get(dim);
    }

    /** The cocycles of dimension {@code dim}, one per bar of {@link #diagram}; empty without cocycles or for H0. */
    public List<int[]> cocycles(int dim) {
        return cocycles.get(dim);
    }

    /** The total number of bars in all dimensions. */
    public int bars() {
        int b = 0;
        for (PersistenceDiagram d : diagrams) {
            b += d.size();
        }
        return b;
    }
}

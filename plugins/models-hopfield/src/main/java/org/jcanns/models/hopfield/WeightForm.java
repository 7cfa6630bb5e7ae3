package org.jcanns.models.hopfield;

import org.jcanns.spi.Tensor;

/** One way of computing the fields {@code W·s} of a Hopfield network: dense, compact (int8) or low-rank. */
interface WeightForm {
    /** {@code dense}, {@code compact} or {@code low-rank}. */
    String name();

    /** Writes {@code W·s} for every row s of {@code states} (B, N) into the matching row of {@code out}. */
    void fields(Tensor states, Tensor out);

    /** A field evaluator over the live state {@code s}, for neuron-by-neuron (asynchronous) updates. */
    Sweep sweep(Tensor s);

    /** Fields of single neurons while their state changes one neuron at a time. */
    interface Sweep {
        /** {@code (W·s)_i} for the current s. */
        float field(int i);

        /** Tells the sweep that {@code s_i} just changed by {@code delta}. */
        void changed(int i, float delta);
    }
}

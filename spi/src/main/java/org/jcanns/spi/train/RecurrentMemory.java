package org.jcanns.spi.train;

import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;

/**
 * A recurrent network with a square weight matrix W that outer-product rules train and that recalls by updating
 * its state {@code s} (canns' {@code BrainInspiredModel} with {@code W}, {@code s}, {@code update}, {@code energy}
 * and {@code resize}).
 */
public interface RecurrentMemory extends Model {
    /** Number of neurons N. */
    int size();

    /**
     * Changes the number of neurons to {@code n}: W becomes n×n, holding the top-left block of the old W when
     * {@code preserveSubmatrix} (else zeros), with a zero diagonal; the state is reset (canns' {@code resize}).
     */
    void resize(int n, boolean preserveSubmatrix);

    /** W, dense, (N, N), live: writes change the network. */
    Tensor weights();

    /**
     * {@code W ← W ± (Σₚ tₚ·tₚᵀ)/divisor} with {@code tₚ = xₚ − mean} for the rows xₚ of {@code patterns} (P, N),
     * subtracted when {@code subtract}; then the diagonal is set to 0 when {@code zeroDiagonal}. Rounding follows
     * canns: the outer products are summed in pattern order, divided, and added to W.
     */
    void learnOuterProducts(Tensor patterns, float mean, float divisor, boolean subtract, boolean zeroDiagonal);

    /**
     * Updates every row of {@code states} (B, N) once, as the network's own {@link #step} updates {@code s}
     * (synchronously or neuron by neuron), writing each row's energy before the update into {@code energies}.
     */
    void updateBatch(Tensor states, double[] energies);

    /** Writes the energy of every row of {@code states} (B, N) into {@code out}. */
    void energies(Tensor states, double[] out);
}

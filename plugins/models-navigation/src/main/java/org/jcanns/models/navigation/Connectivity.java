package org.jcanns.models.navigation;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.CirculantOperator;
import org.jcanns.core.operator.DenseOperator;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.spi.Tensor;

/**
 * The recurrent operators of translation-invariant networks (a ring, an n×n torus), as the dense matrix or the
 * exact FFT convolution ({@code operator=auto|dense|fft}). Networks with identical kernels share one operator, so
 * the 15 band-cell rings of a hierarchical network hold one matrix. Operators are used one at a time (not
 * thread-safe), as the models step sequentially.
 */
public final class Connectivity implements AutoCloseable {
    private final Arena arena = Arena.ofShared();
    private final OperatorChoice choice;
    private final Kernels kernels;
    private final Map<Key, RecurrentOperator> cache = new HashMap<>();

    /** Operators of kind {@code choice} (AUTO picks by size), computing with {@code kernels}. */
    public Connectivity(OperatorChoice choice, Kernels kernels) {
        this.choice = choice;
        this.kernels = kernels;
    }

    /** A ring of n = kernel.length neurons with {@code W[i][j] = K[(i − j) mod n]}. */
    public RecurrentOperator ring(float[] kernel) {
        return cache.computeIfAbsent(new Key(false, kernel.length, kernel.clone()), k ->
                choice.resolve(kernel.length) == OperatorChoice.FFT
                        ? CirculantOperator.ring(kernel.clone(), kernel.length, kernels)
                        : new DenseOperator(denseRing(kernel), kernels));
    }

    /**
     * An n×n torus, neuron p = row·n + column, with {@code W[p][q] = K[((row_p − row_q) mod n)·n + (col_p − col_q)
     * mod n]} for a row-major n×n kernel.
     */
    public RecurrentOperator torus(float[] kernel, int n) {
        requireTorus(kernel, n);
        return cache.computeIfAbsent(new Key(true, n, kernel.clone()), k ->
                choice.resolve(n * n) == OperatorChoice.FFT
                        ? CirculantOperator.torus(kernel.clone(), n, n, kernels)
                        : new DenseOperator(denseTorus(kernel, n), kernels));
    }

    /** The operator choice these operators follow (models with their own dense products resolve it themselves). */
    public OperatorChoice choice() {
        return choice;
    }

    /** Whether {@code torus(kernel, n)} would be dense: the choice resolved for n² neurons. */
    public boolean denseFor(int neurons) {
        return choice.resolve(neurons) == OperatorChoice.DENSE;
    }

    /** The matrix of {@link #ring}, allocated from this object's arena. */
    public Tensor denseRing(float[] kernel) {
        int n = kernel.length;
        Tensor w = Tensor.allocate(arena, n, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                w.set(i, j, kernel[Math.floorMod(i - j, n)]);
            }
        }
        return w;
    }

    /** The matrix of {@link #torus}, allocated from this object's arena. */
    public Tensor denseTorus(float[] kernel, int n) {
        requireTorus(kernel, n);
        int cells = n * n;
        Tensor w = Tensor.allocate(arena, cells, cells);
        for (int p = 0; p < cells; p++) {
            int row = p / n, col = p % n;
            for (int q = 0; q < cells; q++) {
                w.set(p, q, kernel[Math.floorMod(row - q / n, n) * n + Math.floorMod(col - q % n, n)]);
            }
        }
        return w;
    }

    /** A dense operator on {@code w} computing with this object's kernels. */
    public RecurrentOperator dense(Tensor w) {
        return new DenseOperator(w, kernels);
    }

    private static void requireTorus(float[] kernel, int n) {
        if (kernel.length != n * n) {
            throw new IllegalArgumentException("an " + n + "x" + n + " torus needs " + n * n + " kernel values, got "
                    + kernel.length);
        }
    }

    @Override
    public void close() {
        cache.clear();
        arena.close();
    }

    private record Key(boolean torus, int n, float[] kernel) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.torus == torus && k.n == n && Arrays.equals(k.kernel, kernel);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(kernel) * 31 + n * 2 + (torus ? 1 : 0);
        }

        @Override
        public String toString() {
            return (torus ? "torus " : "ring ") + n;
        }
    }
}

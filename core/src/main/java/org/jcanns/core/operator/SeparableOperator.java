package org.jcanns.core.operator;

import java.lang.foreign.Arena;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;

/**
 * {@code W·r} on a torus whose kernel factorises, {@code K[dy][dx] = f[dy]·g[dx]} (the CANN2D Gaussian:
 * exp(−|d|²/2a²) = exp(−dx²/2a²)·exp(−dy²/2a²)), as two M×M matrix products: with the rates folded onto the
 * M×M period as a matrix R (rows y, columns x), {@code W·r = F·R·Gᵀ} where F[i][j] = f[(i − j) mod M] and
 * G[i][j] = g[(i − j) mod M]. Exact like the dense product (same products, other summation order); O(M³) work
 * at GEMM speed against the dense O(M⁴).
 */
public final class SeparableOperator implements RecurrentOperator {
    /** Scratch and factor matrices: 4 M² floats, freed with the operator. */
    private final Arena arena = Arena.ofAuto();
    private final Kernels kernels;
    private final int period;
    private final int length;
    private final Tensor rowFactor;
    private final Tensor colFactor;
    private final Tensor folded;
    private final Tensor half;
    private final Tensor result;

    private SeparableOperator(float[] f, float[] g, int length, Kernels kernels) {
        checkFactors(f, g, length);
        int m = f.length;
        this.kernels = kernels;
        this.period = m;
        this.length = length;
        this.rowFactor = circulant(f);
        this.colFactor = circulant(g);
        this.folded = Tensor.allocate(arena, m, m);
        this.half = Tensor.allocate(arena, m, m);
        this.result = Tensor.allocate(arena, m, m);
    }

    /**
     * A torus of {@code length}×{@code length} neurons ({@code length} = M or M + 1) with kernel
     * {@code K[dy][dx] = rowFactor[dy]·colFactor[dx]}, both factors of length M.
     */
    public static SeparableOperator torus(float[] rowFactor, float[] colFactor, int length, Kernels kernels) {
        return new SeparableOperator(rowFactor.clone(), colFactor.clone(), length, kernels);
    }

    /** Fails unless both factors hold the same period M >= 1 and {@code length} is M or M + 1. */
    static void checkFactors(float[] f, float[] g, int length) {
        int m = f.length;
        if (m < 1 || g.length != m) {
            throw new IllegalArgumentException("both factors need the period's M values, got " + f.length + " and "
                    + g.length);
        }
        if (length != m && length != m + 1) {
            throw new IllegalArgumentException("neurons per axis must equal the period (" + m
                    + ") or exceed it by one duplicated end point, got " + length);
        }
    }

    private Tensor circulant(float[] k) {
        int m = k.length;
        Tensor c = Tensor.allocate(arena, m, m);
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                c.set(i, j, k[Math.floorMod(i - j, m)]);
            }
        }
        return c;
    }

    @Override
    public String name() {
        return "separable";
    }

    @Override
    public int size() {
        return length * length;
    }

    @Override
    public void apply(Tensor r, Tensor out) {
        RecurrentOperator.checkSizes(this, r, out);
        int m = period;
        if (length == m) {
            folded.copyFrom(r);
        } else {
            // Row and column M duplicate row and column 0: fold them onto the period.
            for (int y = 0; y < m; y++) {
                long src = (long) y * length;
                for (int x = 0; x < m; x++) {
                    folded.set((long) y * m + x, r.get(src + x));
                }
                folded.set((long) y * m, folded.get((long) y * m) + r.get(src + m));
            }
            long last = (long) m * length;
            for (int x = 0; x < m; x++) {
                folded.set(x, folded.get(x) + r.get(last + x));
            }
            folded.set(0, folded.get(0) + r.get(last + m));
        }
        // half = G·Rᵀ = (R·Gᵀ)ᵀ, then result = F·half ᵀ = F·R·Gᵀ: two gemmBt calls, no explicit transpose.
        kernels.products().gemmBt(colFactor, folded, half);
        kernels.products().gemmBt(rowFactor, half, result);
        if (length == m) {
            out.reshape(m, m).copyFrom(result);
            return;
        }
        for (int y = 0; y <= m; y++) {
            long dst = (long) y * length, src = (long) (y % m) * m;
            for (int x = 0; x < m; x++) {
                out.set(dst + x, result.get(src + x));
            }
            out.set(dst + m, result.get(src));
        }
    }
}

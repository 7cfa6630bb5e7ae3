package org.jcanns.models.navigation;

import java.util.Arrays;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.spi.Tensor;

/**
 * Sums of Gaussian bumps on the n×n phase lattice of canns' grid-cell models: at neuron p = i·n + j, at phase
 * v = (x[j], x[i]) with {@code x = linspace(−π, π, n, endpoint=False)},
 * {@code Σ_k w_k·exp(−q(wrap(c_k − v))/(2σ²))} for centres c_k, where {@code wrap} is canns' single wrap of each
 * component into [−π, π] and q a {@link LatticeMetric} (the twisted-torus or hexagonal one).
 *
 * <p>Computed exactly with O(n) exponentials per centre instead of n²: relative to a lattice point P near the
 * centres, {@code wrap(c − v) = δ' + e} with e = P − v on the lattice and δ' = c − P shifted by whole periods;
 * the shift is constant on at most four rectangular blocks of neurons, and in each block
 * {@code q(e + δ') = q(e) + q(δ') + λ0·e0 + λ1·e1} is the fixed table q(e) plus terms in e0 (the column) and e1
 * (the row) alone, so every bump is the table times a product of a row factor and a column factor. The factors
 * are geometric progressions in the lattice index and are accumulated in double precision, so large factors
 * against small table entries lose nothing.
 */
public final class LatticeGaussian {
    private final int n;
    private final int half;
    private final double h;
    private final LatticeMetric metric;
    private final double s;
    private final double[] table;
    private final double[] acc;
    private final int[] colMu;
    private final int[] rowMu;
    private final int[] colBranch;
    private final int[] rowBranch;
    private final double[][][] colFactor = new double[3][3][];
    private final double[][][] rowFactor = new double[3][3][];
    private final int[] runStart = new int[4];
    private final int[] runBranch = new int[4];
    private final double[] scratch;
    private int refRow;
    private int refCol;
    private double refX;
    private double refY;

    /** Bumps on an n×n lattice with {@code metric} and width σ. */
    public LatticeGaussian(int n, LatticeMetric metric, double sigma) {
        if (n < 1) {
            throw new IllegalArgumentException("lattice side must be >= 1, got " + n);
        }
        this.n = n;
        this.half = n / 2;
        this.h = 2 * Math.PI / n;
        this.metric = metric;
        this.s = 1 / (2 * sigma * sigma);
        this.table = new double[n * n];
        for (int m1 = 0; m1 < n; m1++) {
            for (int m0 = 0; m0 < n; m0++) {
                table[m1 * n + m0] = Math.exp(-s * metric.q(h * (m0 - half), h * (m1 - half)));
            }
        }
        this.acc = new double[n * n];
        this.scratch = new double[n];
        this.colMu = new int[n];
        this.rowMu = new int[n];
        this.colBranch = new int[n];
        this.rowBranch = new int[n];
        for (int b = 0; b < 3; b++) {
            for (int c = 0; c < 3; c++) {
                colFactor[b][c] = new double[n];
                rowFactor[b][c] = new double[n];
            }
        }
        reset(0, 0);
    }

    /** Clears the sum and takes the lattice point nearest to (p0, p1) as reference: put it near the centres. */
    public void reset(double p0, double p1) {
        Arrays.fill(acc, 0);
        refCol = Math.floorMod((int) Math.round((p0 + Math.PI) / h), n);
        refRow = Math.floorMod((int) Math.round((p1 + Math.PI) / h), n);
        refX = -Math.PI + refCol * h;
        refY = -Math.PI + refRow * h;
        for (int k = 0; k < n; k++) {
            // e = P − v = h·μ with μ in [−n/2, n − n/2): the lattice offset of neuron column (row) k from P.
            colMu[k] = Math.floorMod(refCol - k + half, n) - half;
            rowMu[k] = Math.floorMod(refRow - k + half, n) - half;
        }
    }

    /** Adds the bump {@code weight·exp(−q(wrap(c − v))/(2σ²))} centred at phase (c0, c1). */
    public void add(double c0, double c1, double weight) {
        if (weight == 0) {
            return;
        }
        double d0 = Periodic.wrap(c0 - refX, 2 * Math.PI);
        double d1 = Periodic.wrap(c1 - refY, 2 * Math.PI);
        boolean[] colUsed = branches(colMu, d0, colBranch);
        boolean[] rowUsed = branches(rowMu, d1, rowBranch);
        for (int b0 = 0; b0 < 3; b0++) {
            if (!colUsed[b0]) {
                continue;
            }
            for (int b1 = 0; b1 < 3; b1++) {
                if (!rowUsed[b1]) {
                    continue;
                }
                // The block of neurons whose wrap adds (b0 − 1, b1 − 1) periods: d = e + δ' with δ' below.
                double e0 = d0 - 2 * Math.PI * (b0 - 1);
                double e1 = d1 - 2 * Math.PI * (b1 - 1);
                double lambda0 = 2 * metric.alpha() * e0 + metric.beta() * e1;
                double lambda1 = 2 * metric.gamma() * e1 + metric.beta() * e0;
                powers(-s * lambda0 * h, 1, colMu, colFactor[b0][b1]);
                powers(-s * lambda1 * h, weight * Math.exp(-s * metric.q(e0, e1)), rowMu, rowFactor[b0][b1]);
            }
        }
        // Columns of one branch form at most two runs in natural order (the lattice offset wraps once).
        int runs = 0;
        for (int j = 0; j < n; j++) {
            if (j == 0 || colBranch[j] != colBranch[j - 1]) {
                runStart[runs] = j;
                runBranch[runs++] = colBranch[j];
            }
        }
        for (int i = 0; i < n; i++) {
            int b1 = rowBranch[i];
            int offset = i * n;
            for (int run = 0; run < runs; run++) {
                int b0 = runBranch[run];
                int end = run + 1 < runs ? runStart[run + 1] : n;
                double rf = rowFactor[b0][b1][i];
                double[] cf = colFactor[b0][b1];
                for (int j = runStart[run]; j < end; j++) {
                    acc[offset + j] += rf * cf[j];
                }
            }
        }
    }

    /**
     * Marks, per lattice column (row), which wrap applies: 0 subtracts 2π·(−1), 1 none, 2 subtracts 2π (canns'
     * single wrap of δ + e into [−π, π]); returns which branches occur.
     */
    private boolean[] branches(int[] mu, double delta, int[] branch) {
        boolean[] used = new boolean[3];
        for (int k = 0; k < n; k++) {
            double d = delta + h * mu[k];
            int b = d > Math.PI ? 2 : d < -Math.PI ? 0 : 1;
            branch[k] = b;
            used[b] = true;
        }
        return used;
    }

    /** out[k] = scale·exp(rate·μ[k]) for lattice offsets μ in [−n/2, n − n/2), by repeated multiplication. */
    private void powers(double rate, double scale, int[] mu, double[] out) {
        double step = Math.exp(rate);
        double[] byMu = scratch;
        double v = scale * Math.exp(-rate * half);
        for (int m = 0; m < n; m++) {
            byMu[m] = v;
            v *= step;
        }
        for (int k = 0; k < n; k++) {
            out[k] = byMu[mu[k] + half];
        }
    }

    /** Writes {@code scale} times the sum into {@code out} (n×n neurons, row-major), as float32. */
    public void writeTo(Tensor out, double scale) {
        if (out.size() != (long) n * n) {
            throw new IllegalArgumentException("need " + n * n + " neurons, got " + out.size());
        }
        for (int i = 0; i < n; i++) {
            int tableRow = (rowMu[i] + half) * n + half;
            for (int j = 0; j < n; j++) {
                out.set((long) i * n + j, (float) (scale * acc[i * n + j] * table[tableRow + colMu[j]]));
            }
        }
    }
}

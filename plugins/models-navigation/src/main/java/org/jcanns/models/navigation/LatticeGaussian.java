package org.jcanns.models.navigation;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jcanns.core.geometry.Periodic;
import org.jcanns.core.kernel.Kernels;
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
 * are geometric progressions in the lattice offset, kept in double precision (large factors against small table
 * entries lose nothing). The sum is taken in the frame of lattice offsets from P, where each block is a
 * contiguous rectangle, then mapped back to neuron order.
 *
 * <p>With P near the centres, the unwrapped block covers all but thin strips at the edges of the offset frame.
 * So the sum is computed as one sum of outer products (the unwrapped block's factors extended over the whole
 * lattice: a rank-T product kept in registers tile by tile, every term added in a fixed order), then corrected
 * on the strips, where each wrapped block adds its own rank-1 term and removes the extended unwrapped one. All
 * bumps are at most 1, so the correction never subtracts anything large.
 */
public final class LatticeGaussian {
    private final int n;
    private final int half;
    private final double h;
    private final LatticeMetric metric;
    private final double s;
    private final NavigationKernels ops;
    /** exp(−s·q(e)) at offset e = h·(m − n/2), row-major in (m1, m0). */
    private final double[] table;
    /** The sum, in the offset frame. */
    private final double[] acc;
    /** Corrections of the column strips, transposed: column m0 of the offset frame at m0·n. */
    private final double[] accT;
    private final float[] out;
    private final List<Centre> centres = new ArrayList<>();
    /** The unwrapped block's row and column factors of centre t at t·n, over the whole lattice. */
    private double[] midRows;
    private double[] midCols;
    private int count;
    private int refRow;
    private int refCol;
    private double refX;
    private double refY;

    /**
     * One centre's row and column factors per wrap block (b0, b1) in the offset frame, and the ranges of offsets
     * each wrap applies to: columns (rows) with offset index below {@code low} add 2π, from {@code high} on they
     * subtract 2π.
     */
    private static final class Centre {
        final double[][][] row = new double[3][3][];
        final double[][][] col = new double[3][3][];
        int colLow;
        int colHigh;
        int rowLow;
        int rowHigh;

        Centre(int n) {
            for (int b0 = 0; b0 < 3; b0++) {
                for (int b1 = 0; b1 < 3; b1++) {
                    row[b0][b1] = new double[n];
                    col[b0][b1] = new double[n];
                }
            }
        }
    }

    /** Bumps on an n×n lattice with {@code metric} and width σ, summed with the tier of {@code kernels}. */
    public LatticeGaussian(int n, LatticeMetric metric, double sigma, Kernels kernels) {
        if (n < 1) {
            throw new IllegalArgumentException("lattice side must be >= 1, got " + n);
        }
        this.n = n;
        this.half = n / 2;
        this.h = 2 * Math.PI / n;
        this.metric = metric;
        this.s = 1 / (2 * sigma * sigma);
        this.ops = kernels.get(NavigationKernels.class);
        this.table = new double[n * n];
        for (int m1 = 0; m1 < n; m1++) {
            for (int m0 = 0; m0 < n; m0++) {
                table[m1 * n + m0] = Math.exp(-s * metric.q(h * (m0 - half), h * (m1 - half)));
            }
        }
        this.acc = new double[n * n];
        this.accT = new double[n * n];
        this.out = new float[n * n];
        this.midRows = new double[4 * n];
        this.midCols = new double[4 * n];
        reset(0, 0);
    }

    /** Clears the sum and takes the lattice point nearest to (p0, p1) as reference: put it near the centres. */
    public void reset(double p0, double p1) {
        count = 0;
        refCol = Math.floorMod((int) Math.round((p0 + Math.PI) / h), n);
        refRow = Math.floorMod((int) Math.round((p1 + Math.PI) / h), n);
        refX = -Math.PI + refCol * h;
        refY = -Math.PI + refRow * h;
    }

    /** Adds the bump {@code weight·exp(−q(wrap(c − v))/(2σ²))} centred at phase (c0, c1). */
    public void add(double c0, double c1, double weight) {
        if (weight == 0) {
            return;
        }
        if (count == centres.size()) {
            centres.add(new Centre(n));
        }
        if ((count + 1) * n > midRows.length) {
            midRows = Arrays.copyOf(midRows, 2 * midRows.length);
            midCols = Arrays.copyOf(midCols, 2 * midCols.length);
        }
        int t = count++;
        Centre c = centres.get(t);
        double d0 = Periodic.wrap(c0 - refX, 2 * Math.PI);
        double d1 = Periodic.wrap(c1 - refY, 2 * Math.PI);
        c.colLow = firstAbove(d0, -Math.PI, true);
        c.colHigh = firstAbove(d0, Math.PI, false);
        c.rowLow = firstAbove(d1, -Math.PI, true);
        c.rowHigh = firstAbove(d1, Math.PI, false);
        for (int b0 = 0; b0 < 3; b0++) {
            for (int b1 = 0; b1 < 3; b1++) {
                boolean middle = b0 == 1 && b1 == 1;
                if (!middle && (empty(b0, c.colLow, c.colHigh) || empty(b1, c.rowLow, c.rowHigh))) {
                    continue;
                }
                // The block of neurons whose wrap adds (1 − b0, 1 − b1) periods: d = e + δ' with δ' below.
                double e0 = d0 - 2 * Math.PI * (b0 - 1);
                double e1 = d1 - 2 * Math.PI * (b1 - 1);
                double lambda0 = 2 * metric.alpha() * e0 + metric.beta() * e1;
                double lambda1 = 2 * metric.gamma() * e1 + metric.beta() * e0;
                // Only the offsets a block covers are needed, except for the unwrapped block, which is extended
                // over the whole lattice.
                int colFrom = middle ? 0 : branchFrom(b0, c.colLow, c.colHigh);
                int colTo = middle ? n : branchTo(b0, c.colLow, c.colHigh);
                int rowFrom = middle ? 0 : branchFrom(b1, c.rowLow, c.rowHigh);
                int rowTo = middle ? n : branchTo(b1, c.rowLow, c.rowHigh);
                powers(-s * lambda0 * h, 1, c.col[b0][b1], colFrom, colTo);
                powers(-s * lambda1 * h, weight * Math.exp(-s * metric.q(e0, e1)), c.row[b0][b1], rowFrom, rowTo);
                if (middle) {
                    System.arraycopy(c.col[1][1], 0, midCols, t * n, n);
                    System.arraycopy(c.row[1][1], 0, midRows, t * n, n);
                }
            }
        }
    }

    /**
     * The first offset index m whose δ + h·(m − n/2) is {@code >= bound} (inclusive) or {@code > bound}: where
     * canns' single wrap of δ + e into [−π, π] stops adding 2π (bound −π) or starts subtracting it (bound π).
     */
    private int firstAbove(double delta, double bound, boolean inclusive) {
        // Start from the closed form, then settle the rounding at the boundary with the exact test.
        int m = Math.clamp((long) Math.ceil(half + (bound - delta) / h), 0, n);
        while (m > 0 && passes(delta, m - 1, bound, inclusive)) {
            m--;
        }
        while (m < n && !passes(delta, m, bound, inclusive)) {
            m++;
        }
        return m;
    }

    private boolean passes(double delta, int m, double bound, boolean inclusive) {
        double d = delta + h * (m - half);
        return inclusive ? d >= bound : d > bound;
    }

    /** acc[m1][m0] += accT[m0][m1] for the strip columns m0 in [from, to). */
    private void addTransposed(int from, int to) {
        for (int m0 = from; m0 < to; m0++) {
            for (int m1 = 0; m1 < n; m1++) {
                acc[m1 * n + m0] += accT[m0 * n + m1];
            }
        }
    }

    /** Whether wrap branch b (0: below low, 1: between, 2: from high on) covers no offsets. */
    private boolean empty(int b, int low, int high) {
        return branchTo(b, low, high) <= branchFrom(b, low, high);
    }

    /** The first offset of wrap branch b. */
    private static int branchFrom(int b, int low, int high) {
        return b == 0 ? 0 : b == 1 ? low : high;
    }

    /** The end (exclusive) of wrap branch b. */
    private int branchTo(int b, int low, int high) {
        return b == 0 ? low : b == 1 ? high : n;
    }

    /** out[m] = scale·exp(rate·(m − n/2)) for m in [from, to), by repeated multiplication. */
    private void powers(double rate, double scale, double[] out, int from, int to) {
        if (to > from) {
            ops.geometric(scale * Math.exp(rate * (from - half)), Math.exp(rate), out, from, to);
        }
    }

    /** Writes {@code scale} times the sum into {@code target} (n×n neurons, row-major), as float32. */
    public void writeTo(Tensor target, double scale) {
        if (target.size() != (long) n * n) {
            throw new IllegalArgumentException("need " + n * n + " neurons, got " + target.size());
        }
        ops.outerSum(midRows, midCols, count, n, acc);
        // Wrapped blocks in the unwrapped rows are narrow column strips: they are corrected in a transposed
        // accumulator, where each strip column is one contiguous run, and added back at the end.
        int leftEnd = 0, rightStart = n;
        for (int t = 0; t < count; t++) {
            leftEnd = Math.max(leftEnd, centres.get(t).colLow);
            rightStart = Math.min(rightStart, centres.get(t).colHigh);
        }
        rightStart = Math.max(rightStart, leftEnd);
        Arrays.fill(accT, 0, leftEnd * n, 0);
        Arrays.fill(accT, rightStart * n, n * n, 0);
        for (int t = 0; t < count; t++) {
            Centre c = centres.get(t);
            int rows = c.rowHigh - c.rowLow;
            for (int b0 = 0; b0 < 3; b0 += 2) {
                int colFrom = branchFrom(b0, c.colLow, c.colHigh), colTo = branchTo(b0, c.colLow, c.colHigh);
                for (int m0 = colFrom; rows > 0 && m0 < colTo; m0++) {
                    int at = m0 * n + c.rowLow;
                    ops.axpy(c.col[b0][1][m0], c.row[b0][1], c.rowLow, accT, at, rows);
                    ops.axpy(-midCols[t * n + m0], midRows, t * n + c.rowLow, accT, at, rows);
                }
            }
            // Wrapped rows: every block of the row, a contiguous run each.
            for (int b1 = 0; b1 < 3; b1 += 2) {
                int rowFrom = branchFrom(b1, c.rowLow, c.rowHigh), rowTo = branchTo(b1, c.rowLow, c.rowHigh);
                for (int b0 = 0; b0 < 3; b0++) {
                    int colFrom = branchFrom(b0, c.colLow, c.colHigh), colTo = branchTo(b0, c.colLow, c.colHigh);
                    for (int m1 = rowFrom; colTo > colFrom && m1 < rowTo; m1++) {
                        int at = m1 * n + colFrom;
                        ops.axpy(c.row[b0][b1][m1], c.col[b0][b1], colFrom, acc, at, colTo - colFrom);
                        ops.axpy(-midRows[t * n + m1], midCols, t * n + colFrom, acc, at, colTo - colFrom);
                    }
                }
            }
        }
        addTransposed(0, leftEnd);
        addTransposed(rightStart, n);
        for (int k = 0; k < acc.length; k++) {
            acc[k] *= scale * table[k];
        }
        // Neuron (i, j) sits at offset indices m1 = (refRow − i + n/2) mod n, m0 = (refCol − j + n/2) mod n: along
        // a row, m0 runs down from m0(0) to 0, then down from n − 1.
        int first = Math.floorMod(refCol + half, n);
        for (int i = 0; i < n; i++) {
            int row = Math.floorMod(refRow - i + half, n) * n;
            int o = i * n;
            for (int j = 0; j <= first; j++) {
                out[o + j] = (float) acc[row + first - j];
            }
            for (int j = first + 1; j < n; j++) {
                out[o + j] = (float) acc[row + n + first - j];
            }
        }
        MemorySegment.copy(out, 0, target.segment(), ValueLayout.JAVA_FLOAT, 0, out.length);
    }
}

package org.jcanns.models.hopfield;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.core.kernel.int8.Int8Matrix;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.ParameterException;

/**
 * The weight matrix W of a Hopfield network, kept as the outer-product terms that built it for as long as it is
 * their sum, and as a dense matrix once it is not (after {@link #pinDense()} or a resize to another size). From
 * the terms it builds whichever {@link WeightForm} is asked for: low-rank, compact (int8) or dense.
 */
final class HopfieldWeights implements AutoCloseable {
    /** One {@code learn} call: W ← W ± (Σₚ tₚtₚᵀ)/divisor, tₚ = xₚ − mean; then maybe a zeroed diagonal. */
    private static final class Term {
        final Arena arena = Arena.ofShared();
        final Tensor centred;
        final byte[][] integers;
        final float mean;
        final float divisor;
        final boolean subtract;
        boolean zeroDiagonalAfter;

        Term(Tensor patterns, float mean, float divisor, boolean subtract, boolean zeroDiagonalAfter) {
            int p = patterns.dim(0), n = patterns.dim(1);
            this.centred = Tensor.allocate(arena, p, n);
            byte[][] ints = new byte[p][n];
            boolean integral = true;
            for (int k = 0; k < p; k++) {
                for (int j = 0; j < n; j++) {
                    float x = patterns.get(k, j);
                    centred.set(k, j, x - mean);
                    if (integral && x == Math.rint(x) && Math.abs(x) <= Byte.MAX_VALUE) {
                        ints[k][j] = (byte) x;
                    } else {
                        integral = false;
                    }
                }
            }
            this.integers = integral ? ints : null;
            this.mean = mean;
            this.divisor = divisor;
            this.subtract = subtract;
            this.zeroDiagonalAfter = zeroDiagonalAfter;
        }

        int patterns() {
            return centred.dim(0);
        }

        double coefficient() {
            return (subtract ? -1.0 : 1.0) / divisor;
        }

        /** Largest |x| of the patterns (they are integers). */
        int maxAbs() {
            int m = 0;
            for (byte[] row : integers) {
                for (byte x : row) {
                    m = Math.max(m, Math.abs(x));
                }
            }
            return m;
        }
    }

    /** Distinct rows of the compact matrix kept while building it (256 rows of N bytes each at most). */
    private static final int MAX_CACHED_ROWS = 256;
    private final Kernels kernels;
    private final WeightsChoice choice;
    private int n;
    private final List<Term> terms = new ArrayList<>();
    /** The dense W: the truth when pinned, else a cache of the terms kept up to date (or null). */
    private Arena denseArena;
    private Tensor dense;
    private boolean pinned;
    private Arena formArena;
    private WeightForm form;

    HopfieldWeights(int n, WeightsChoice choice, Kernels kernels) {
        this.n = n;
        this.choice = choice;
        this.kernels = kernels;
    }

    int size() {
        return n;
    }

    /** W ← W ± (Σₚ tₚtₚᵀ)/divisor with tₚ = xₚ − mean, then a zero diagonal when asked. */
    void learn(Tensor patterns, float mean, float divisor, boolean subtract, boolean zeroDiagonal) {
        Term term = new Term(patterns, mean, divisor, subtract, zeroDiagonal);
        if (choice == WeightsChoice.COMPACT && term.integers == null) {
            term.arena.close();
            throw new ParameterException("weights", "weights=compact needs integer-valued patterns (such as ±1); "
                    + "these patterns are not: use weights=auto, dense or low-rank");
        }
        dropForm();
        if (dense != null) {
            addToDense(term, dense);
        }
        if (pinned) {
            term.arena.close();
        } else {
            terms.add(term);
        }
    }

    /** canns' resize: n×n, the top-left block kept when {@code preserve}, a zero diagonal. */
    void resize(int newN, boolean preserve) {
        dropForm();
        if (!preserve || (!pinned && terms.isEmpty())) {
            // Nothing kept (or nothing learned yet: W is zero at any size).
            clearTerms();
            dropDense();
            pinned = false;
        } else if (newN == n) {
            if (!terms.isEmpty()) {
                terms.getLast().zeroDiagonalAfter = true;
            }
            if (dense != null) {
                zeroDiagonal(dense);
            }
        } else {
            Tensor old = materialise();
            Arena arena = Arena.ofShared();
            Tensor w = Tensor.allocate(arena, newN, newN);
            int m = Math.min(n, newN);
            for (int i = 0; i < m; i++) {
                w.slice(i).segment().asSlice(0, (long) m * Float.BYTES)
                        .copyFrom(old.slice(i).segment().asSlice(0, (long) m * Float.BYTES));
            }
            zeroDiagonal(w);
            clearTerms();
            dropDense();
            denseArena = arena;
            dense = w;
            pinned = true;
        }
        n = newN;
    }

    /** The dense W as the truth from now on: callers may write to it, so the learned terms are dropped. */
    Tensor pinDense() {
        Tensor w = materialise();
        if (!pinned) {
            dropForm();
            clearTerms();
            pinned = true;
        }
        return w;
    }

    /** The form W·s is computed with, built on first use after every change. */
    WeightForm form() {
        if (form == null) {
            formArena = Arena.ofShared();
            form = build(formArena);
        }
        return form;
    }

    private WeightForm build(Arena arena) {
        if (pinned) {
            if (choice != WeightsChoice.DENSE && choice != WeightsChoice.AUTO) {
                throw new ParameterException("weights", "weights=" + choice.label() + " needs W to be the sum of "
                        + "learned outer products, but it was taken as a dense matrix (weights() or a resize to "
                        + "another size): use weights=auto or dense");
            }
            return new DenseForm(dense, kernels);
        }
        int rank = terms.stream().mapToInt(Term::patterns).sum();
        String compactProblem = compactProblem();
        WeightsChoice c = choice;
        if (c == WeightsChoice.AUTO) {
            // Low-rank costs 2·K·N multiply-adds on cache-resident vectors, dense N² streamed from memory.
            c = rank <= n / 8 ? WeightsChoice.LOW_RANK
                    : compactProblem == null ? WeightsChoice.COMPACT : WeightsChoice.DENSE;
        }
        return switch (c) {
            case LOW_RANK -> lowRank(arena);
            case COMPACT -> {
                if (compactProblem != null) {
                    throw new ParameterException("weights", "weights=compact is not available: " + compactProblem);
                }
                yield compact(arena);
            }
            default -> new DenseForm(materialise(), kernels);
        };
    }

    /** Why the compact form cannot hold W, or null when it can. */
    private String compactProblem() {
        int bound = 0;
        for (Term t : terms) {
            if (t.integers == null) {
                return "the patterns are not all integers (such as ±1)";
            }
            if (t.divisor != terms.getFirst().divisor) {
                return "train calls divided by different numbers of patterns (" + terms.getFirst().divisor + ", "
                        + t.divisor + "), so no single scale fits";
            }
            int m = t.maxAbs();
            bound += t.patterns() * m * m;
            if (bound > Byte.MAX_VALUE) {
                return "the integer weights may exceed int8 (more than 127 ±1 patterns)";
            }
        }
        return null;
    }

    /** The diagonal removed from Σ terms: the diagonal of every term up to the last zeroing. */
    private float[] removedDiagonal() {
        double[] running = new double[n];
        double[] removed = new double[n];
        boolean any = false;
        for (Term t : terms) {
            double c = t.coefficient();
            for (int k = 0; k < t.patterns(); k++) {
                for (int i = 0; i < n; i++) {
                    double x = t.centred.get(k, i);
                    running[i] += c * x * x;
                }
            }
            if (t.zeroDiagonalAfter) {
                for (int i = 0; i < n; i++) {
                    removed[i] += running[i];
                    running[i] = 0;
                }
                any = true;
            }
        }
        if (!any) {
            return null;
        }
        float[] d = new float[n];
        for (int i = 0; i < n; i++) {
            d[i] = (float) removed[i];
        }
        return d;
    }

    private LowRankForm lowRank(Arena arena) {
        int rank = terms.stream().mapToInt(Term::patterns).sum();
        Tensor u = Tensor.allocate(arena, rank, n);
        double[] coef = new double[rank];
        int k = 0;
        for (Term t : terms) {
            for (int p = 0; p < t.patterns(); p++, k++) {
                u.slice(k).copyFrom(t.centred.slice(p));
                coef[k] = t.coefficient();
            }
        }
        return new LowRankForm(u, u, coef, removedDiagonal(), kernels);
    }

    private CompactForm compact(Arena arena) {
        Int8Matrix a = Int8Matrix.allocate(arena, n, n);
        // Row i of A is Σ ±x_pi·x_p: it depends on i only through the column (x_1i, ..., x_Ki), which for ±1
        // patterns takes at most 2^K values. Rows are computed once per distinct column while few enough.
        Map<ColumnKey, byte[]> rows = new HashMap<>();
        int[] acc = new int[n];
        for (int i = 0; i < n; i++) {
            ColumnKey key = new ColumnKey(column(i));
            byte[] row = rows.get(key);
            if (row == null) {
                row = integerRow(i, acc);
                if (rows.size() < MAX_CACHED_ROWS) {
                    rows.put(key, row);
                }
            }
            a.setRow(i, row);
        }
        // Σₚ (xₚ−ρ)(xₚ−ρ)ᵀ = Σₚ xₚxₚᵀ − ρ(c·1ᵀ + 1·cᵀ) + P·ρ²·1·1ᵀ with c = Σₚ xₚ:
        // three outer products per term.
        List<float[]> us = new ArrayList<>(), vs = new ArrayList<>();
        List<Double> coefs = new ArrayList<>();
        float[] ones = new float[n];
        Arrays.fill(ones, 1f);
        for (Term t : terms) {
            if (t.mean == 0) {
                continue;
            }
            float[] c = new float[n];
            for (byte[] x : t.integers) {
                for (int j = 0; j < n; j++) {
                    c[j] += x[j];
                }
            }
            double coef = t.coefficient();
            us.add(c);
            vs.add(ones);
            coefs.add(-coef * t.mean);
            us.add(ones);
            vs.add(c);
            coefs.add(-coef * t.mean);
            us.add(ones);
            vs.add(ones);
            coefs.add(coef * t.patterns() * (double) t.mean * t.mean);
        }
        Tensor u = Tensor.allocate(arena, us.size(), n), v = Tensor.allocate(arena, vs.size(), n);
        for (int k = 0; k < us.size(); k++) {
            u.slice(k).copyFrom(us.get(k));
            v.slice(k).copyFrom(vs.get(k));
        }
        double[] coef = coefs.stream().mapToDouble(Double::doubleValue).toArray();
        float scale = (float) (1.0 / terms.getFirst().divisor);
        return new CompactForm(a, scale, new LowRankForm(u, v, coef, removedDiagonal(), kernels), kernels);
    }

    /** Every pattern's signed integer value at neuron i, term after term. */
    private byte[] column(int i) {
        int rank = terms.stream().mapToInt(Term::patterns).sum();
        byte[] col = new byte[rank];
        int k = 0;
        for (Term t : terms) {
            for (byte[] x : t.integers) {
                col[k++] = (byte) (t.subtract ? -x[i] : x[i]);
            }
        }
        return col;
    }

    /** Row i of A = Σ over terms of ±Σₚ x_pi·xₚ, in int arithmetic. */
    private byte[] integerRow(int i, int[] acc) {
        Arrays.fill(acc, 0);
        for (Term t : terms) {
            int sign = t.subtract ? -1 : 1;
            for (byte[] x : t.integers) {
                int xi = sign * x[i];
                if (xi != 0) {
                    for (int j = 0; j < n; j++) {
                        acc[j] += xi * x[j];
                    }
                }
            }
        }
        byte[] row = new byte[n];
        for (int j = 0; j < n; j++) {
            row[j] = (byte) acc[j];
        }
        return row;
    }

    /** A column of integer pattern values, compared by content. */
    private record ColumnKey(byte[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ColumnKey k && Arrays.equals(k.values, values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }

    /** The dense W, computed from the terms in canns' order on first use and kept up to date afterwards. */
    private Tensor materialise() {
        if (dense == null) {
            denseArena = Arena.ofShared();
            dense = Tensor.allocate(denseArena, n, n);
            for (Term t : terms) {
                addToDense(t, dense);
            }
        }
        return dense;
    }

    /** W ← W ± (Σₚ tₚtₚᵀ)/divisor row by row: the outer products summed in pattern order, as canns sums them. */
    private void addToDense(Term t, Tensor w) {
        try (Arena scratch = Arena.ofConfined()) {
            Tensor row = Tensor.allocate(scratch, n);
            float scale = 1f / t.divisor;
            for (int i = 0; i < n; i++) {
                row.fill(0);
                for (int p = 0; p < t.patterns(); p++) {
                    kernels.elementWise().axpy(t.centred.get(p, i), t.centred.slice(p), row);
                }
                if (t.divisor != 1f) {
                    kernels.elementWise().scale(scale, row);
                }
                kernels.elementWise().axpy(t.subtract ? -1f : 1f, row, w.slice(i));
                if (t.zeroDiagonalAfter) {
                    w.set(i, i, 0f);
                }
            }
        }
    }

    private static void zeroDiagonal(Tensor w) {
        for (int i = 0; i < w.dim(0); i++) {
            w.set(i, i, 0f);
        }
    }

    private void dropForm() {
        form = null;
        if (formArena != null) {
            formArena.close();
            formArena = null;
        }
    }

    private void dropDense() {
        dense = null;
        if (denseArena != null) {
            denseArena.close();
            denseArena = null;
        }
    }

    private void clearTerms() {
        for (Term t : terms) {
            t.arena.close();
        }
        terms.clear();
    }

    @Override
    public void close() {
        dropForm();
        dropDense();
        clearTerms();
    }
}

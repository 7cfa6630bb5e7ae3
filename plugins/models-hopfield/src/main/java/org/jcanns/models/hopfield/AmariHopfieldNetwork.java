package org.jcanns.models.hopfield;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.NamedStateModel;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.RecurrentMemory;

/**
 * canns' AmariHopfieldNetwork (Amari 1977; Hopfield 1982): N neurons with state s and weights W, updated
 * synchronously ({@code s ← act(W·s − θ)}) or neuron by neuron in a random order drawn from the model's seeded
 * source ({@code asyn}). Energy {@code E = −½·sᵀWs + θ·Σs}, in float32 as in canns.
 *
 * <p>W is computed with whichever form is fastest and exact: while it is the sum of learned outer products (pure
 * Hebbian training) the patterns themselves (low-rank) or an int8 matrix (compact), else the dense float32 matrix
 * (parameter {@code weights}). Not thread-safe.
 */
public final class AmariHopfieldNetwork extends NamedStateModel implements RecurrentMemory, ReportsOperator {
    /** The parameters, in canns' spelling, plus {@code weights}. */
    public static List<Param> params() {
        return List.of(
                Param.integer("num_neurons", null, "number of neurons N (the trainer resizes to its patterns)").atLeast(1),
                Param.bool("asyn", false, "update neurons one at a time in a random order instead of all at once"),
                Param.real("threshold", 0.0, "threshold θ subtracted from every neuron's input"),
                Param.choice("activation", "sign", Activation.labels(), "sign (sign(0) = 0), tanh(x/T) or sigmoid(x/T)"),
                Param.real("temperature", 1.0, "temperature T of tanh and sigmoid").positive(),
                Param.choice("weights", "auto", WeightsChoice.labels(),
                        "how W·s is computed: auto, dense, compact (int8, integer patterns) or low-rank (learned patterns)"));
    }

    private static final ValueLayout.OfFloat F = ValueLayout.JAVA_FLOAT;
    private final Kernels kernels;
    private final RandomGenerator random;
    private final boolean asyn;
    private final float threshold;
    private final Activation activation;
    private final float temperature;
    private final HopfieldWeights weights;
    private Arena stateArena;
    private Tensor s;
    private Arena scratchArena;
    private Tensor scratch;
    private float[] buffer = new float[0];

    /** A network from validated parameters, drawing update orders from the context's random source. */
    public AmariHopfieldNetwork(Params p, ModelContext context) {
        this(p, context.random(), Kernels.of(context.kernels()));
    }

    /** A network from validated parameters, drawing update orders from {@code random}, using {@code kernels}. */
    public AmariHopfieldNetwork(Params p, RandomGenerator random, Kernels kernels) {
        this.kernels = kernels;
        this.random = random;
        this.asyn = p.getBoolean("asyn");
        this.threshold = (float) p.getDouble("threshold");
        this.activation = Activation.of(p.getString("activation"));
        this.temperature = (float) p.getDouble("temperature");
        int n = p.getInt("num_neurons");
        this.weights = new HopfieldWeights(n, WeightsChoice.of(p.getString("weights")), kernels);
        newState(n);
    }

    private void newState(int n) {
        if (stateArena != null) {
            stateArena.close();
        }
        stateArena = Arena.ofShared();
        s = Tensor.allocate(stateArena, n);
        s.fill(1f);
        clearStates();
        addState("s", s);
    }

    @Override
    public int size() {
        return weights.size();
    }

    @Override
    public int[] shape() {
        return new int[] {size()};
    }

    @Override
    public List<InputSpec> inputs() {
        return List.of();
    }

    /** Sets s back to ones (canns' initial state); W, a learned parameter, stays. */
    @Override
    public void reset() {
        s.fill(1f);
    }

    /** One update of s (the input is ignored: the network has none). */
    @Override
    public void step(StepInput input) {
        update();
    }

    /** One synchronous or asynchronous update of s. */
    public void update() {
        updateBatch(s.reshape(1, size()), null);
    }

    @Override
    public void resize(int n, boolean preserveSubmatrix) {
        if (n < 1) {
            throw new IllegalArgumentException("num_neurons must be >= 1, got " + n);
        }
        weights.resize(n, preserveSubmatrix);
        newState(n);
    }

    /** W as a live dense matrix; from now on W·s uses it, since writes to it must take effect. */
    @Override
    public Tensor weights() {
        return weights.pinDense();
    }

    @Override
    public void learnOuterProducts(Tensor patterns, float mean, float divisor, boolean subtract,
                                   boolean zeroDiagonal) {
        if (patterns.rank() != 2 || patterns.dim(1) != size()) {
            throw new IllegalArgumentException("patterns must be (P, " + size() + "), got " + patterns);
        }
        weights.learn(patterns, mean, divisor, subtract, zeroDiagonal);
    }

    /** The name of the weight form in use: {@code dense}, {@code compact} or {@code low-rank}. */
    @Override
    public String operator() {
        return weights.form().name();
    }

    /** Writes {@code W·s} for every row of {@code states} (B, N) into {@code out} (B, N). */
    public void fields(Tensor states, Tensor out) {
        requireStates(states);
        weights.form().fields(states, out);
    }

    @Override
    public void updateBatch(Tensor states, double[] energies) {
        requireStates(states);
        int b = states.dim(0);
        if (asyn) {
            for (int r = 0; r < b; r++) {
                Tensor row = states.slice(r);
                if (energies != null) {
                    Tensor h = scratch(1);
                    weights.form().fields(row.reshape(1, size()), h);
                    energies[r] = energy(row, h.slice(0));
                }
                sweep(row);
            }
            return;
        }
        Tensor h = scratch(b);
        weights.form().fields(states, h);
        int n = size();
        float[] field = buffer();
        for (int r = 0; r < b; r++) {
            // On a heap copy: a tight loop there beats element access to off-heap memory, and copying is cheap.
            if (energies != null) {
                energies[r] = energy(states.slice(r), h.slice(r));
            }
            MemorySegment s = states.slice(r).segment();
            MemorySegment.copy(h.slice(r).segment(), F, 0, field, 0, n);
            activation.applyAll(field, n, threshold, temperature);
            MemorySegment.copy(field, 0, s, F, 0, n);
        }
    }

    /** One asynchronous sweep: every neuron once, in a fresh random permutation, each seeing the ones before. */
    private void sweep(Tensor row) {
        int n = size();
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        WeightForm.Sweep sweep = weights.form().sweep(row);
        for (int idx : order) {
            float old = row.get(idx);
            float now = activation.apply(sweep.field(idx) - threshold, temperature);
            if (now != old) {
                row.set(idx, now);
                sweep.changed(idx, now - old);
            }
        }
    }

    @Override
    public void energies(Tensor states, double[] out) {
        requireStates(states);
        Tensor h = scratch(states.dim(0));
        weights.form().fields(states, h);
        for (int r = 0; r < states.dim(0); r++) {
            out[r] = energy(states.slice(r), h.slice(r));
        }
    }

    /** The energy of the current state s. */
    public double energy() {
        double[] e = new double[1];
        energies(s.reshape(1, size()), e);
        return e[0];
    }

    /** {@code −½·s·h + θ·Σs} in float32, as canns computes it. */
    private double energy(Tensor state, Tensor field) {
        return -0.5f * kernels.elementWise().dot(state, field) + threshold * kernels.elementWise().sum(state);
    }

    /** A reused heap buffer of N floats. */
    private float[] buffer() {
        if (buffer.length != size()) {
            buffer = new float[size()];
        }
        return buffer;
    }

    /** canns' storage capacity at SEED: {@code max(1, floor(N/(4·ln N)))} (canns later uses 0.14·N). */
    public int storageCapacity() {
        int n = size();
        return n < 2 ? 1 : Math.max(1, (int) Math.floor(n / (4 * Math.log(n))));
    }

    /** {@code a·b/N}: 1 for identical ±1 patterns, −1 for opposite ones, about 0 for unrelated ones. */
    public double overlap(Tensor a, Tensor b) {
        if (a.size() != size() || b.size() != size()) {
            throw new IllegalArgumentException("overlap needs two patterns of length " + size() + ", got " + a.size()
                    + " and " + b.size());
        }
        double dot = 0;
        for (int i = 0; i < size(); i++) {
            dot += (double) a.get(i) * b.get(i);
        }
        return dot / size();
    }

    private void requireStates(Tensor states) {
        if (states.rank() != 2 || states.dim(1) != size()) {
            throw new IllegalArgumentException("states must be (B, " + size() + "), got " + states);
        }
    }

    private Tensor scratch(int rows) {
        if (scratch == null || scratch.dim(0) < rows || scratch.dim(1) != size()) {
            if (scratchArena != null) {
                scratchArena.close();
            }
            scratchArena = Arena.ofShared();
            scratch = Tensor.allocate(scratchArena, rows, size());
        }
        return scratch.dim(0) == rows ? scratch
                : Tensor.wrap(scratch.segment().asSlice(0, (long) rows * size() * Float.BYTES), rows, size());
    }

    @Override
    public void close() {
        weights.close();
        stateArena.close();
        if (scratchArena != null) {
            scratchArena.close();
        }
    }
}

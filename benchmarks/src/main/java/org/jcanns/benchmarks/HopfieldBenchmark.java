package org.jcanns.benchmarks;

import java.lang.foreign.Arena;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.random.Seeds;
import org.jcanns.models.hopfield.AmariHopfieldNetwork;
import org.jcanns.models.hopfield.AmariHopfieldProvider;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.train.Recall;
import org.jcanns.trainers.HebbianTrainer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * canns' hopfield_train example at full size: N = 16384 (128×128 pictures), 4 ±1 patterns, 4 cues with 30 % of
 * their values flipped, 20 synchronous updates per cue as canns runs them (no early stop). Training, recall with
 * each weight form, recall with jcanns' defaults (early stop), and the memory-bandwidth yardstick: one pass over
 * the 1 GiB float32 W.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@State(Scope.Benchmark)
public class HopfieldBenchmark extends JcannsBenchmark {
    @Param({"16384"})
    public int n;

    @Param({"4"})
    public int patterns;

    private Arena arena;
    private Tensor x;
    private Tensor cues;
    private Tensor out;
    private AmariHopfieldNetwork dense;
    private AmariHopfieldNetwork compact;
    private AmariHopfieldNetwork lowRank;
    private HebbianTrainer denseTrainer;
    private HebbianTrainer compactTrainer;
    private HebbianTrainer lowRankTrainer;
    private AmariHopfieldNetwork defaults;
    private HebbianTrainer defaultTrainer;
    private Tensor w;

    private static AmariHopfieldNetwork network(int n, String weights) {
        return new AmariHopfieldNetwork(new AmariHopfieldProvider().parameters().parse(Map.of("num_neurons",
                Integer.toString(n), "weights", weights)), Seeds.generator(0), Kernels.best());
    }

    private HebbianTrainer trained(AmariHopfieldNetwork net) {
        // canns runs exactly num_iter updates: early stopping off, so every form does the same 20 updates.
        HebbianTrainer t = new HebbianTrainer(net, new org.jcanns.trainers.HebbianProvider().parameters()
                .parse(Map.of("stop_early", "false")), Kernels.best());
        t.train(x);
        net.operator();
        return t;
    }

    @Setup(Level.Trial)
    public void setUp() {
        arena = Arena.ofShared();
        SplittableRandom r = new SplittableRandom(42);
        x = Tensor.allocate(arena, patterns, n);
        cues = Tensor.allocate(arena, patterns, n);
        out = Tensor.allocate(arena, patterns, n);
        for (long i = 0; i < x.size(); i++) {
            float v = r.nextBoolean() ? 1f : -1f;
            x.set(i, v);
            cues.set(i, r.nextDouble() < 0.3 ? -v : v);
        }
        lowRank = network(n, "low-rank");
        lowRankTrainer = trained(lowRank);
        compact = network(n, "compact");
        compactTrainer = trained(compact);
        defaults = network(n, "auto");
        defaultTrainer = HebbianTrainer.of(defaults, Kernels.best());
        defaultTrainer.train(x);
        dense = network(n, "dense");
        denseTrainer = trained(dense);
        w = dense.weights();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        dense.close();
        compact.close();
        lowRank.close();
        defaults.close();
        arena.close();
    }

    /** Hebbian training as jcanns does it by default: the patterns are kept, W is not built. */
    @Benchmark
    public AmariHopfieldNetwork train() {
        try (AmariHopfieldNetwork net = network(n, "auto")) {
            HebbianTrainer.of(net, Kernels.best()).train(x);
            return net;
        }
    }

    /** Hebbian training building the dense float32 W (1 GiB), as canns does. */
    @Benchmark
    public String trainDense() {
        try (AmariHopfieldNetwork net = network(n, "dense")) {
            HebbianTrainer.of(net, Kernels.best()).train(x);
            return net.operator();
        }
    }

    /** predictBatch with the dense W: one GEMM over the 4 cues per update, 20 updates and the final energies. */
    @Benchmark
    public Recall recallDense() {
        return denseTrainer.recall(cues, out);
    }

    /** predictBatch with the int8 W and its low-rank mean correction. */
    @Benchmark
    public Recall recallCompact() {
        return compactTrainer.recall(cues, out);
    }

    /** predictBatch with the stored patterns (W never built). */
    @Benchmark
    public Recall recallLowRank() {
        return lowRankTrainer.recall(cues, out);
    }

    /** predictBatch as jcanns runs it by default: the weight form picked by auto, each cue stopped once it settles. */
    @Benchmark
    public Recall recallDefaults() {
        return defaultTrainer.recall(cues, out);
    }

    /** The yardstick: one pass over the dense W, reading every float once. */
    @Benchmark
    public float streamWeights() {
        return Kernels.best().elementWise().sum(w);
    }
}

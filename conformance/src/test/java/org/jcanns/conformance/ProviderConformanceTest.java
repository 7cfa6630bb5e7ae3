package org.jcanns.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.batch.BatchModelProvider;
import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.spi.batch.ModelBatch;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.train.FeedForwardLayer;
import org.jcanns.spi.train.RecurrentMemory;
import org.jcanns.spi.train.Trainer;
import org.jcanns.spi.train.TrainerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every provider the registry lists, on every kernel tier that loads here (with the native module on the class
 * path, as the CLI has it): each model built with its defaults and driven from its declared inputs for a few
 * dozen steps stays finite and agrees with the scalar tier; the same for batch providers and trainers. A new
 * provider is covered without a new test; one that cannot be built from its declaration fails naming it.
 */
class ProviderConformanceTest {
    private static final int STEPS = 40;
    private static final double DT = 0.1;
    /**
     * Tiers differ only in summation order (and FMA), a few float32 ulps per step; over 40 steps of these
     * contracting dynamics that stays far below 1e-4 of a state's largest value, the bound the model tests use.
     */
    private static final double REL = 1e-4;
    private static final Registry REGISTRY = Registry.discover();
    private static final List<Kernels> TIERS = KernelTiers.loadable();

    @AfterAll
    static void close() {
        REGISTRY.close();
    }

    @Test
    void everyTierOfTheCliIsLoadableHere() {
        List<String> names = TIERS.stream().map(Kernels::tier).toList();
        assertTrue(names.containsAll(List.of("openblas", "panama", "scalar")), "tiers loaded: " + names);
    }

    @TestFactory
    Stream<DynamicTest> everyModelRunsOnEveryTier() {
        return REGISTRY.models().names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            ModelProvider provider = REGISTRY.model(name);
            Map<String, float[]> reference = null;
            for (Kernels tier : TIERS) {
                Map<String, float[]> states = run(name, provider, tier);
                if (reference == null) {
                    reference = states;
                } else {
                    assertAgree(name, tier.tier(), reference, states);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyBatchProviderRunsOnEveryTier() {
        return REGISTRY.models().names().stream().filter(n -> REGISTRY.model(n) instanceof BatchModelProvider)
                .map(name -> DynamicTest.dynamicTest(name, () -> {
                    BatchModelProvider provider = (BatchModelProvider) REGISTRY.model(name);
                    Map<String, float[]> reference = null;
                    for (Kernels tier : TIERS) {
                        Map<String, float[]> states = runBatch(name, provider, tier);
                        if (reference == null) {
                            reference = states;
                        } else {
                            assertAgree(name + " (batch)", tier.tier(), reference, states);
                        }
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyTrainerTrainsOnEveryTier() {
        return REGISTRY.trainers().names().stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            TrainerProvider provider = REGISTRY.trainers().get(name);
            String model = trainableModel(provider);
            float[] reference = null;
            for (Kernels tier : TIERS) {
                float[] weights = train(provider, model, tier);
                if (reference == null) {
                    reference = weights;
                } else {
                    assertAgree(name + " on " + model, tier.tier(), Map.of("weights", reference),
                            Map.of("weights", weights));
                }
            }
        }));
    }

    /** The final states of model {@code name} after {@link #STEPS} steps on {@code tier}. */
    private static Map<String, float[]> run(String name, ModelProvider provider, Kernels tier) {
        try (Arena arena = Arena.ofConfined();
             Model m = create(name, provider, new ModelContext(DT, Seeds.generator(1), tier))) {
            Map<String, Tensor> inputs = inputs(arena, m.inputs(), 7);
            for (int step = 0; step < STEPS; step++) {
                m.step(inputs::get);
                for (String s : m.stateNames()) {
                    assertFinite(name, tier.tier(), s, step, m.state(s));
                }
            }
            Map<String, float[]> out = new LinkedHashMap<>();
            for (String s : m.stateNames()) {
                out.put(s, m.state(s).toArray());
            }
            return out;
        }
    }

    /** The final states of two copies of model {@code name}, run as one batch on {@code tier}. */
    private static Map<String, float[]> runBatch(String name, BatchModelProvider provider, Kernels tier) {
        ModelProvider mp = (ModelProvider) provider;
        List<ModelContext> contexts = List.of(new ModelContext(DT, Seeds.forCopy(1, 0), tier),
                new ModelContext(DT, Seeds.forCopy(1, 1), tier));
        try (Arena arena = Arena.ofConfined();
             ModelBatch batch = provider.createBatch(List.of(RequiredValues.of(mp.parameters()), RequiredValues.of(mp.parameters())),
                     contexts, new BatchThreads(1))) {
            List<Map<String, Tensor>> inputs = List.of(inputs(arena, batch.inputs(), 7),
                    inputs(arena, batch.inputs(), 8));
            for (int step = 0; step < STEPS; step++) {
                batch.step(b -> inputs.get(b)::get);
            }
            Map<String, float[]> out = new LinkedHashMap<>();
            for (int b = 0; b < 2; b++) {
                for (String s : batch.stateNames()) {
                    assertFinite(name + " copy " + b, tier.tier(), s, STEPS - 1, batch.state(b, s));
                    out.put(s + "[" + b + "]", batch.state(b, s).toArray());
                }
            }
            return out;
        }
    }

    private static Model create(String name, ModelProvider provider, ModelContext context) {
        try {
            return provider.create(RequiredValues.of(provider.parameters()), context);
        } catch (RuntimeException e) {
            throw new AssertionError("model '" + name + "' cannot be built from its declared parameters: " + e, e);
        }
    }


    /** Every declared input: zeros plus a small seeded signal, as a step would get from a task. */
    private static Map<String, Tensor> inputs(Arena arena, List<InputSpec> specs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, Tensor> out = new LinkedHashMap<>();
        for (InputSpec spec : specs) {
            Tensor t = Tensor.allocate(arena, spec.shape());
            for (long i = 0; i < t.size(); i++) {
                t.segment().setAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i,
                        (float) (0.1 * random.nextDouble()));
            }
            out.put(spec.name(), t);
        }
        return out;
    }

    /** The first model (in the registry's order) that {@code trainer} accepts. */
    private static String trainableModel(TrainerProvider trainer) {
        for (String name : REGISTRY.models().names()) {
            ModelProvider mp = REGISTRY.model(name);
            try (Model m = mp.create(RequiredValues.of(mp.parameters()), new ModelContext(DT, Seeds.generator(1),
                    TIERS.get(TIERS.size() - 1)))) {
                trainer.create(trainer.parameters().defaults(), m, TIERS.get(TIERS.size() - 1));
                return name;
            } catch (IllegalArgumentException e) {
                // Not a model this rule trains: try the next.
            }
        }
        return fail("trainer '" + trainer.name() + "' accepts none of the registered models");
    }

    /** Kinds of small seeded training data: ±1 patterns, rates in [0, 0.5), 0/1 spike trains. */
    private enum Data { SIGNS, RATES, SPIKES }

    /**
     * The weights after training {@code trainer} on small seeded patterns on {@code tier}: ±1 patterns for an
     * associative memory; for a layer rates, or 0/1 spikes when the rule accepts nothing else (STDP).
     */
    private static float[] train(TrainerProvider provider, String model, Kernels tier) {
        ModelProvider mp = REGISTRY.model(model);
        IllegalArgumentException refused = null;
        try (Arena arena = Arena.ofConfined()) {
            for (Data kind : List.of(Data.SIGNS, Data.RATES, Data.SPIKES)) {
                try (Model m = mp.create(RequiredValues.of(mp.parameters()), new ModelContext(DT, Seeds.generator(1), tier))) {
                    boolean memory = m instanceof RecurrentMemory;
                    if (memory != (kind == Data.SIGNS)) {
                        continue;
                    }
                    Trainer trainer = provider.create(provider.parameters().defaults(), m, tier);
                    int n = memory ? ((RecurrentMemory) m).size() : ((FeedForwardLayer) m).inputSize();
                    try {
                        trainer.train(patterns(arena, kind, n));
                    } catch (IllegalArgumentException e) {
                        refused = e;
                        continue;
                    }
                    Tensor w = memory ? ((RecurrentMemory) m).weights() : ((FeedForwardLayer) m).weights();
                    assertFinite(provider.name(), tier.tier(), "weights", 0, w);
                    return w.toArray();
                }
            }
        }
        throw new AssertionError("trainer '" + provider.name() + "' refused every kind of seeded data on " + model, refused);
    }

    private static Tensor patterns(Arena arena, Data kind, int n) {
        SplittableRandom random = new SplittableRandom(3);
        Tensor patterns = Tensor.allocate(arena, 4, n);
        for (long i = 0; i < patterns.size(); i++) {
            double u = random.nextDouble();
            float v = switch (kind) {
                case SIGNS -> u < 0.5 ? -1f : 1f;
                case RATES -> (float) (0.5 * u);
                case SPIKES -> u < 0.3 ? 1f : 0f;
            };
            patterns.segment().setAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i, v);
        }
        return patterns;
    }

    private static void assertFinite(String what, String tier, String state, int step, Tensor t) {
        float[] v = t.toArray();
        for (int i = 0; i < v.length; i++) {
            if (!Float.isFinite(v[i])) {
                fail(what + " on tier " + tier + ": state " + state + "[" + i + "] = " + v[i] + " after step " + step);
            }
        }
    }

    private static void assertAgree(String what, String tier, Map<String, float[]> reference,
            Map<String, float[]> actual) {
        assertEquals(reference.keySet(), actual.keySet(), what + " on " + tier + ": state names");
        List<String> problems = new ArrayList<>();
        for (var e : reference.entrySet()) {
            float[] ref = e.getValue(), got = actual.get(e.getKey());
            double scale = 0;
            for (float x : ref) {
                scale = Math.max(scale, Math.abs(x));
            }
            double bound = REL * scale + 1e-7;
            for (int i = 0; i < ref.length; i++) {
                if (Math.abs(ref[i] - got[i]) > bound) {
                    problems.add(e.getKey() + "[" + i + "]: scalar " + ref[i] + ", " + tier + " " + got[i]
                            + " (bound " + bound + ")");
                    break;
                }
            }
        }
        assertTrue(problems.isEmpty(), what + " on tier " + tier + " differs from scalar: " + problems);
    }
}

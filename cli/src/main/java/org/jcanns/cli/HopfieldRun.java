package org.jcanns.cli;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.train.Recall;
import org.jcanns.spi.train.RecallTrainer;
import org.jcanns.spi.train.RecurrentMemory;
import org.jcanns.spi.train.Trainer;
import org.jcanns.spi.train.TrainerProvider;

/** One Hopfield experiment as the CLI runs it: train an amari-hopfield network on patterns, recall from cues. */
final class HopfieldRun {
    String trainer = "hebbian";
    Map<String, String> modelParams = new LinkedHashMap<>();
    int iterations = 20;
    boolean stopEarly = true;
    long seed;
    boolean quiet;

    /** What a run produced: recovered states (B, N), the recall trace, overlaps (B, P) and timings. */
    record Result(Tensor recovered, Recall recall, float[][] overlaps, double trainSeconds, double recallSeconds,
                  String weights, String kernels) {
        String summary(int patterns, int neurons) {
            return String.format(Locale.ROOT, "patterns=%d neurons=%d cues=%d train_seconds=%.6f recall_seconds=%.6f"
                    + " weights=%s kernels=%s", patterns, neurons, recall.cues(), trainSeconds, recallSeconds, weights,
                    kernels);
        }
    }

    /** Trains on {@code patterns} (P, N) and recalls every row of {@code cues} (B, N) into {@code out} (B, N). */
    Result run(Registry registry, Tensor patterns, Tensor cues, Tensor out) {
        requireMemory(patterns.dim(0), patterns.dim(1), cues.dim(0));
        ModelProvider mp = registry.model("amari-hopfield");
        Map<String, String> params = new LinkedHashMap<>(modelParams);
        params.put("num_neurons", Integer.toString(patterns.dim(1)));
        var modelParamsParsed = mp.parameters().parse(params);
        TrainerProvider tp = registry.trainers().get(trainer);
        if (tp.parameters().list().stream().noneMatch(p -> p.name().equals("num_iter"))) {
            throw notRecall();
        }
        var trainerParams = tp.parameters().parse(Map.of("num_iter", Integer.toString(iterations),
                "stop_early", Boolean.toString(stopEarly)));
        try (Model model = mp.create(modelParamsParsed, new ModelContext(1.0, Seeds.generator(seed), registry.kernels()))) {
            Trainer t = tp.create(trainerParams, model, registry.kernels());
            if (!(t instanceof RecallTrainer recaller)) {
                throw notRecall();
            }
            recaller.showProgress(!quiet);
            long t0 = System.nanoTime();
            try (ConsoleProgress bar = ConsoleProgress.of("train   ", quiet)) {
                recaller.progressListener(bar);
                recaller.train(patterns);
            }
            long t1 = System.nanoTime();
            Recall recall;
            try (ConsoleProgress bar = ConsoleProgress.of("recall  ", quiet)) {
                recaller.progressListener(bar);
                recall = recaller.recall(cues, out);
            }
            long t2 = System.nanoTime();
            RecurrentMemory memory = (RecurrentMemory) model;
            return new Result(out, recall, overlaps(out, patterns, memory.size()), (t1 - t0) / 1e9, (t2 - t1) / 1e9,
                    ReportsOperator.of(model), registry.kernels().tier());
        }
    }

    /**
     * Fails before training unless the weights (by the --weights form: dense N² floats, compact N² bytes, low-rank
     * or auto the P patterns) and the recall trace (an energy per cue and update) fit the memory limit.
     */
    private void requireMemory(long p, long n, long cues) {
        String form = modelParams.getOrDefault("weights", "auto").trim();
        long weights = switch (form) {
            case "dense" -> MemoryLimit.times(MemoryLimit.times(n, n), Float.BYTES);
            case "compact" -> MemoryLimit.times(n, n);
            default -> MemoryLimit.times(MemoryLimit.times(p, n), Float.BYTES + 1);
        };
        MemoryLimit.require(weights, "--weights " + form + " for " + n + " neurons");
        MemoryLimit.require(MemoryLimit.times(MemoryLimit.times(cues, iterations + 1L), Float.BYTES),
                "--iterations " + iterations + " for " + cues + " cues (an energy per cue and update)");
    }

    private IllegalArgumentException notRecall() {
        return new IllegalArgumentException("--trainer " + trainer + " does not recall patterns; use hebbian or "
                + "anti-hebbian");
    }

    /** {@code overlap[b][p] = recovered_b · pattern_p / N} (canns' compute_overlap). */
    static float[][] overlaps(Tensor recovered, Tensor patterns, int n) {
        float[][] o = new float[recovered.dim(0)][patterns.dim(0)];
        for (int b = 0; b < o.length; b++) {
            for (int p = 0; p < o[b].length; p++) {
                double dot = 0;
                for (int i = 0; i < n; i++) {
                    dot += (double) recovered.get(b, i) * patterns.get(p, i);
                }
                o[b][p] = (float) (dot / n);
            }
        }
        return o;
    }
}

package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.io.NpzArchive;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.registry.Registry;
import org.jcanns.core.sim.InputSource;
import org.jcanns.core.sim.Recording;
import org.jcanns.core.sim.Simulation;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.spi.task.TaskProvider;

/** One simulation run as the CLI describes it: model and task by name, options, output file. */
final class SimulationJob {
    String model;
    Map<String, String> modelParams = new LinkedHashMap<>();
    String task;
    Map<String, String> taskParams = new LinkedHashMap<>();
    Path input;
    double dt = 0.1;
    Integer steps;
    List<String> record = List.of("u");
    int every = 1;
    long seed;
    Path out;
    Path taskOut;
    boolean quiet;
    /** Copies of a batch run (null: a single simulation unless sweeps are given). */
    Integer batch;
    List<String> sweeps = List.of();
    boolean grid;
    Integer threads;
    /** The reserved outputs of --out and --task-out (null when not given), set by validation. */
    OutputFiles.Output outFile;
    private OutputFiles.Output taskOutFile;

    /** What a finished run reports. */
    record Result(int steps, double seconds, double steadyStepsPerSecond, String kernels, String operator,
            List<Path> written, int copies, int threads) {
        Result(Recording rec, String kernels, String operator, List<Path> written, int copies, int threads) {
            this(rec.steps(), rec.seconds(), rec.steadyStepsPerSecond(), kernels, operator, written,
                    copies, threads);
        }

        /** The summary line; steady_steps_per_s is the rate over the second half, after the JIT's warm-up. */
        String summary() {
            String line = String.format(Locale.ROOT, "steps=%d seconds=%.6f steps_per_s=%.1f steady_steps_per_s=%.1f "
                    + "kernels=%s operator=%s", steps, seconds, steps / Math.max(seconds, 1e-12),
                    steadyStepsPerSecond, kernels, operator);
            if (copies > 1) {
                line += String.format(Locale.ROOT, " copies=%d copy_steps_per_s=%.1f threads=%d", copies,
                        (double) steps * copies / Math.max(seconds, 1e-12), threads);
            }
            return line;
        }
    }

    /** Checks everything that can be checked before any work, so that bad input writes nothing. */
    private void validate(OutputFiles outputs) throws IOException {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("--dt must be a finite number > 0, got " + dt);
        }
        if (every < 1) {
            throw new IllegalArgumentException("--every must be >= 1, got " + every);
        }
        if (steps != null && steps < 1) {
            throw new IllegalArgumentException("--steps must be >= 1, got " + steps);
        }
        if (task == null && input == null) {
            throw new IllegalArgumentException("give a --task NAME or an --input FILE.npz to drive the model");
        }
        if (task != null && input != null) {
            throw new IllegalArgumentException("give either --task or --input, not both");
        }
        if (taskOut != null && task == null) {
            throw new IllegalArgumentException("--task-out saves the data of a --task; there is none (--input "
                    + input + ")");
        }
        if (taskOut != null && (batch != null || !sweeps.isEmpty())) {
            throw new IllegalArgumentException("--task-out is not available with --batch or --sweep (each copy has "
                    + "its own task data)");
        }
        outFile = out == null ? null : OutputOptions.add(outputs, "--out", out, ".npz");
        taskOutFile = taskOut == null ? null : OutputOptions.add(outputs, "--task-out", taskOut, ".npz");
    }

    Result run(Registry registry) throws IOException {
        try (OutputFiles outputs = new OutputFiles()) {
            validate(outputs);
            Result result = batch != null || !sweeps.isEmpty() ? new BatchRun(this).run(registry) : runOne(registry);
            outputs.commit();
            return result;
        }
    }

    private Result runOne(Registry registry) throws IOException {
        ModelProvider mp = registry.model(model);
        Params mParams = mp.parameters().parse(modelParams);
        TaskProvider tp = task == null ? null : registry.task(task);
        Params tParams = tp == null ? null : tp.parameters().parse(taskParams);
        RandomGenerator.SplittableGenerator root = Seeds.generator(seed);
        RandomGenerator modelRandom = root.split();
        RandomGenerator taskRandom = root.split();
        try (Model m = mp.create(mParams, new ModelContext(dt, modelRandom, registry.kernels()));
             Arena inputArena = Arena.ofShared()) {
            for (String s : record) {
                m.state(s);
            }
            InputSource source;
            Task t = null;
            try {
                if (tp != null) {
                    t = tp.create(tParams, new TaskContext(dt, m, taskRandom, registry.kernels()));
                    try (ConsoleProgress bar = ConsoleProgress.of("task    ", quiet)) {
                        source = InputSource.of(t.data(bar));
                    }
                } else {
                    source = inputsFromFile(m, inputArena);
                }
                Simulation sim = Simulation.of(m, dt).inputs(source).record(record).every(every)
                        .kernels(registry.kernels());
                if (steps != null) {
                    sim.steps(steps);
                }
                source.check(m);
                if (!record.isEmpty() && sim.recordedSteps() == 0) {
                    throw new IllegalArgumentException("--every (" + every + ") must not exceed the number of steps ("
                            + sim.plannedSteps() + ")");
                }
                List<Path> written = new java.util.ArrayList<>();
                try (ConsoleProgress bar = ConsoleProgress.of("simulate", quiet);
                     Recording rec = sim.progress(bar).run()) {
                    // Written only now that the run succeeded; moved into place together by run().
                    if (taskOutFile != null) {
                        Task task = t;
                        taskOutFile.writeWith(task::save);
                        written.add(taskOut);
                    }
                    if (outFile != null) {
                        write(m, rec, outFile);
                        written.add(out);
                    }
                    return new Result(rec, registry.kernels().tier(), ReportsOperator.of(m), written, 1, 1);
                }
            } finally {
                if (t != null) {
                    t.close();
                }
            }
        }
    }

    /**
     * The model's inputs from the --input archive: only the arrays the model reads, each checked for its full
     * shape (T, *input shape) from its header before it is read, and for NaN or infinity after.
     */
    InputSource inputsFromFile(Model m, Arena arena) throws IOException {
        Map<String, org.jcanns.spi.Tensor> byName = new LinkedHashMap<>();
        try (NpzArchive archive = Npz.open(input)) {
            for (var spec : m.inputs()) {
                String name = spec.name();
                if (!archive.has(name)) {
                    throw new IllegalArgumentException("--input " + input + " has no array '" + name + "' ("
                            + spec.doc() + "); it has " + archive.names());
                }
                int[] shape = archive.shape(name);
                int[] row = java.util.Arrays.copyOfRange(shape, Math.min(1, shape.length), shape.length);
                if (shape.length == 0 || !InputSource.fits(row, spec.shape())) {
                    throw new IllegalArgumentException("--input " + input + ": array '" + name + "' has shape "
                            + java.util.Arrays.toString(shape) + "; the model needs (T, " + java.util.Arrays.toString(
                            spec.shape()).replaceAll("[\\[\\]]", "") + "): one row per step");
                }
                org.jcanns.spi.Tensor t = archive.read(name, arena).toTensor(arena);
                for (long i = 0, n = t.size(); i < n; i++) {
                    if (!Float.isFinite(t.get(i))) {
                        throw new IllegalArgumentException("--input " + input + ": array '" + name + "' holds "
                                + t.get(i) + " at row " + i / Math.max(1, n / shape[0]) + "; inputs must be finite");
                    }
                }
                byName.put(name, t);
            }
        }
        return InputSource.of(byName);
    }

    private static void write(Model m, Recording rec, OutputFiles.Output out) throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        rec.states().forEach((name, t) -> arrays.put(name, NpyArray.of(t)));
        m.featureSpace().ifPresent(fs -> arrays.put("x", NpyArray.of(fs.x())));
        arrays.put("t", NpyArray.ofDoubles(rec.times()));
        out.write(stream -> Npz.write(stream, arrays, false));
    }
}

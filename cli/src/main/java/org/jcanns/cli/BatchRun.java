package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.jcanns.core.batch.IndependentBatch;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.registry.Registry;
import org.jcanns.core.sim.BatchSimulation;
import org.jcanns.core.sim.InputSource;
import org.jcanns.core.sim.Recording;
import org.jcanns.spi.batch.BatchModelProvider;
import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.spi.batch.ModelBatch;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.spi.task.TaskProvider;

/**
 * {@code simulate --batch B} / {@code --sweep}: B copies of the model, each with its own swept parameter values,
 * seed ({@code Seeds.forCopy(seed, b)}) and task data, stepped together. Output arrays gain a leading batch axis;
 * the file also holds {@code seed} (B,) and {@code sweep_NAME} (B,) for every numeric swept parameter.
 */
final class BatchRun {
    private final SimulationJob job;

    BatchRun(SimulationJob job) {
        this.job = job;
    }

    /** Which spec a swept name belongs to: {@code model.}/{@code task.} force it, else the model's is tried first. */
    private static String[] resolve(String name, ParameterSpec model, ParameterSpec task) {
        if (name.startsWith("model.")) {
            return new String[] {"model", model.get(name.substring(6)).name()};
        }
        if (name.startsWith("task.")) {
            if (task == null) {
                throw new IllegalArgumentException("--sweep " + name + ": there is no --task");
            }
            return new String[] {"task", task.get(name.substring(5)).name()};
        }
        try {
            return new String[] {"model", model.get(name).name()};
        } catch (ParameterException notModel) {
            if (task != null) {
                try {
                    return new String[] {"task", task.get(name).name()};
                } catch (ParameterException notTask) {
                    // fall through to the error naming both
                }
            }
            throw new ParameterException(name, "--sweep: unknown parameter '" + name + "'; " + model.owner() + " has "
                    + model.list().stream().map(p -> p.name()).toList()
                    + (task == null ? "" : ", " + task.owner() + " has " + task.list().stream().map(p -> p.name()).toList()));
        }
    }

    SimulationJob.Result run(Registry registry) throws IOException {
        List<Sweep> sweeps = job.sweeps.stream().map(Sweep::parse).toList();
        if (job.batch != null && job.batch < 1) {
            throw new IllegalArgumentException("--batch must be >= 1, got " + job.batch);
        }
        if (job.threads != null && job.threads < 1) {
            throw new IllegalArgumentException("--threads must be >= 1, got " + job.threads);
        }
        List<Map<String, String>> overrides = Sweep.perCopy(sweeps, job.batch, job.grid);
        ModelProvider mp = registry.model(job.model);
        TaskProvider tp = job.task == null ? null : registry.task(job.task);
        Map<String, String[]> target = new LinkedHashMap<>();
        for (Sweep s : sweeps) {
            target.put(s.name(), resolve(s.name(), mp.parameters(), tp == null ? null : tp.parameters()));
        }
        int copies = overrides.size();
        List<Params> modelParams = new ArrayList<>();
        List<Params> taskParams = new ArrayList<>();
        for (Map<String, String> o : overrides) {
            Map<String, String> m = new LinkedHashMap<>(job.modelParams);
            Map<String, String> t = new LinkedHashMap<>(job.taskParams);
            o.forEach((name, value) -> (target.get(name)[0].equals("model") ? m : t).put(target.get(name)[1], value));
            modelParams.add(mp.parameters().parse(m));
            taskParams.add(tp == null ? null : tp.parameters().parse(t));
        }
        List<Model> models = new ArrayList<>();
        List<Task> tasks = new ArrayList<>();
        List<ModelContext> contexts = new ArrayList<>();
        List<InputSource> sources = new ArrayList<>();
        BatchThreads threads = job.threads == null ? BatchThreads.defaults() : new BatchThreads(job.threads);
        ModelBatch batch = null;
        try (Arena inputArena = Arena.ofShared();
             ConsoleProgress taskBar = ConsoleProgress.of("tasks   ", job.quiet || tp == null)) {
            for (int b = 0; b < copies; b++) {
                RandomGenerator.SplittableGenerator root = Seeds.forCopy(job.seed, b);
                ModelContext ctx = new ModelContext(job.dt, root.split(), registry.kernels());
                RandomGenerator taskRandom = root.split();
                contexts.add(ctx);
                Model m = mp.create(modelParams.get(b), ctx);
                models.add(m);
                for (String s : job.record) {
                    m.state(s);
                }
                if (b == 0) {
                    requireCopies(m, copies);
                }
                if (tp != null) {
                    Task t = tp.create(taskParams.get(b), new TaskContext(job.dt, m, taskRandom, registry.kernels()));
                    tasks.add(t);
                    sources.add(InputSource.of(t.data(org.jcanns.spi.ProgressListener.NONE)));
                    taskBar.update(b + 1, copies);
                } else if (b == 0) {
                    sources.add(job.inputsFromFile(m, inputArena));
                }
                sources.get(sources.size() - 1).check(m);
            }
            if (mp instanceof BatchModelProvider fused) {
                batch = fused.createBatch(modelParams, contexts, threads);
                models.forEach(Model::close);
                models.clear();
            } else {
                batch = new IndependentBatch(models, threads);
                models.clear();
            }
            BatchSimulation sim = BatchSimulation.of(batch, job.dt).inputs(sources).record(job.record).every(job.every)
                    .kernels(registry.kernels());
            if (job.steps != null) {
                sim.steps(job.steps);
            }
            if (!job.record.isEmpty() && sim.plannedSteps() / job.every == 0) {
                throw new IllegalArgumentException("--every (" + job.every + ") must not exceed the number of steps ("
                        + sim.plannedSteps() + ")");
            }
            List<Path> written = new ArrayList<>();
            try (ConsoleProgress bar = ConsoleProgress.of("simulate", job.quiet);
                 Recording rec = sim.progress(bar).run()) {
                if (job.outFile != null) {
                    write(batch, rec, sweeps, overrides);
                    written.add(job.out);
                }
                return new SimulationJob.Result(rec, registry.kernels().tier(), ReportsOperator.of(batch), written, copies,
                        threads.threads());
            }
        } finally {
            models.forEach(Model::close);
            tasks.forEach(Task::close);
            if (batch != null) {
                batch.close();
            }
            threads.close();
        }
    }

    /**
     * Fails before the other copies are made unless {@code copies} models like {@code first} fit the memory limit:
     * each holds its states at least twice (its own and the batch's), its task input on top.
     */
    private static void requireCopies(Model first, int copies) {
        long floats = 0;
        for (String s : first.stateNames()) {
            floats = MemoryLimit.plus(floats, first.state(s).size());
        }
        MemoryLimit.require(MemoryLimit.times(MemoryLimit.times(floats, 2L * Float.BYTES), copies), copies
                + " copies of the model (" + floats + " state values each)");
    }

    private void write(ModelBatch batch, Recording rec, List<Sweep> sweeps, List<Map<String, String>> overrides)
            throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        rec.states().forEach((name, t) -> arrays.put(name, NpyArray.of(t)));
        batch.featureSpace().ifPresent(fs -> arrays.put("x", NpyArray.of(fs.x())));
        arrays.put("t", NpyArray.ofDoubles(rec.times()));
        long[] seeds = new long[overrides.size()];
        java.util.Arrays.fill(seeds, job.seed);
        arrays.put("seed", NpyArray.ofLongs(seeds));
        int[] copyIndex = new int[overrides.size()];
        for (int b = 0; b < copyIndex.length; b++) {
            copyIndex[b] = b;
        }
        // Copy b draws from Seeds.forCopy(seed, b): the pair (seed, copy) names its random stream.
        arrays.put("copy", NpyArray.ofInts(copyIndex));
        for (Sweep s : sweeps) {
            double[] values = new double[overrides.size()];
            boolean numeric = true;
            for (int b = 0; b < values.length && numeric; b++) {
                try {
                    values[b] = Double.parseDouble(overrides.get(b).get(s.name()));
                } catch (NumberFormatException e) {
                    numeric = false;
                }
            }
            if (numeric) {
                arrays.put("sweep_" + s.name().replace('.', '_'), NpyArray.ofDoubles(values));
            }
        }
        job.outFile.write(out -> Npz.write(out, arrays, false));
    }
}

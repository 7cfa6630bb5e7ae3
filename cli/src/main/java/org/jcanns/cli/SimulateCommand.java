package org.jcanns.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.registry.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns simulate}: runs any model with any task (or input file) and writes the recorded states. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
        description = {"Run a model driven by a task (or by arrays from --input) and write the recorded states as .npz.",
                "Example: jcanns simulate --model cann1d -p num=512 --task smooth-tracking-1d "
                        + "-t iext=1,0.75,2,1.75,3 -t duration=10,10,10,10 --dt 0.1 --record u,inp --out run.npz"})
final class SimulateCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "NAME", description = "Model name (see: jcanns plugins).")
    String model;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", mapFallbackValue = "",
            description = "Model parameter (repeatable).")
    Map<String, String> modelParams = new LinkedHashMap<>();

    @Option(names = "--task", paramLabel = "NAME", description = "Task that generates the model's input.")
    String task;

    @Option(names = {"-t", "--task-param"}, paramLabel = "KEY=VALUE", description = "Task parameter (repeatable).")
    Map<String, String> taskParams = new LinkedHashMap<>();

    @Option(names = "--input", paramLabel = "FILE.npz", description = "Arrays named after the model's inputs, one row per step.")
    Path input;

    @Option(names = "--dt", defaultValue = "0.1", paramLabel = "DT", description = "Time step (default: ${DEFAULT-VALUE}).")
    double dt;

    @Option(names = "--steps", paramLabel = "N", description = "Steps to run, repeating the inputs (default: the task's length).")
    Integer steps;

    @Option(names = "--record", split = ",", defaultValue = "u", paramLabel = "STATE",
            description = "States to record, comma-separated (default: ${DEFAULT-VALUE}).")
    List<String> record;

    @Option(names = "--every", defaultValue = "1", paramLabel = "K", description = "Keep every K-th step (default: 1).")
    int every;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "SEED", description = "Random seed (default: 0).")
    long seed;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE.npz",
            description = "Output: one array per recorded state (T, *shape), plus x and t.")
    Path out;

    @Option(names = "--task-out", paramLabel = "FILE.npz", description = "Also save the task data (canns' keys).")
    Path taskOut;

    @Option(names = "--batch", paramLabel = "B",
            description = "Run B copies together (copy b uses seed stream (SEED, b)); arrays gain a leading batch axis.")
    Integer batch;

    @Option(names = "--sweep", paramLabel = "NAME=VALUES",
            description = "Give each copy its own value of a model or task parameter: V1,V2,... or START:STOP:COUNT "
                    + "(repeatable; zipped, or crossed with --grid; task.NAME forces a task parameter).")
    List<String> sweeps = new java.util.ArrayList<>();

    @Option(names = "--grid", description = "Cross the sweeps (every combination) instead of zipping them.")
    boolean grid;

    @Option(names = "--threads", paramLabel = "T", description = "Threads for a batch (default: all processors).")
    Integer threads;

    @Override
    public Integer call() throws Exception {
        SimulationJob job = new SimulationJob();
        job.model = model;
        job.modelParams = modelParams;
        job.task = task;
        job.taskParams = taskParams;
        job.input = input;
        job.dt = dt;
        job.steps = steps;
        job.record = List.copyOf(record);
        job.every = every;
        job.seed = seed;
        job.out = out;
        job.taskOut = taskOut;
        job.quiet = main.quiet;
        job.batch = batch;
        job.sweeps = List.copyOf(sweeps);
        job.grid = grid;
        job.threads = threads;
        try (Registry registry = Registry.discover(main.pluginPath)) {
            SimulationJob.Result result = job.run(registry);
            System.err.println(result.summary());
            if (out == null) {
                OutputOptions.noteNotSaved("--out", "the recorded states were");
            }
        }
        return 0;
    }

}

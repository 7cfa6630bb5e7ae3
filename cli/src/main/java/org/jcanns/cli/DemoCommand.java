package org.jcanns.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.registry.Registry;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns demo}: canns' CANN1D oscillatory-tracking showcase, written to {@code out/demo/}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the showcases (CANN1D smooth tracking; Hopfield recall of pictures) and list their outputs.")
final class DemoCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--out", defaultValue = "out/demo", paramLabel = "DIR",
            description = "Output directory, created if absent (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Files.createDirectories(out);
        SimulationJob job = new SimulationJob();
        job.model = "cann1d";
        job.modelParams = Map.of("num", "512");
        job.task = "smooth-tracking-1d";
        job.taskParams = Map.of("iext", "1,0.75,2,1.75,3", "duration", "10,10,10,10");
        job.dt = 0.1;
        job.record = List.of("u", "r", "inp");
        job.out = out.resolve("cann1d_smooth_tracking.npz");
        job.taskOut = out.resolve("smooth_tracking_1d_task.npz");
        job.quiet = main.quiet;
        SimulationJob.Result result;
        HopfieldImagesCommand.Output hopfield;
        try (Registry registry = Registry.discover(main.pluginPath)) {
            result = job.run(registry);
            HopfieldImagesCommand images = new HopfieldImagesCommand();
            new CommandLine(images).parseArgs("--out", out.toString());
            hopfield = images.run(registry, main.quiet);
        }
        System.out.println("CANN1D (512 neurons) tracking a stimulus through key points 1, 0.75, 2, 1.75, 3 "
                + "(400 steps of dt 0.1).");
        for (Path p : result.written()) {
            System.out.println("wrote " + p);
        }
        System.err.println(result.summary());
        System.out.println("Amari-Hopfield network (128x128 pixels) recalling four pictures with 30% of their pixels "
                + "flipped (canns' hopfield_train).");
        HopfieldImagesCommand.print(hopfield);
        return 0;
    }
}

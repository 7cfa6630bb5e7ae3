package org.jcanns.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code jcanns plot}: figures and animations from a {@code simulate} output, with canns' presets as options. */
@Command(name = "plot", mixinStandardHelpOptions = true,
        description = {"Draw a figure (.png) or an animation (.gif) from a simulate output (.npz).",
                "Example: jcanns plot energy-1d --in run.npz --state u --state inp --time-steps-per-second 100 "
                        + "--fps 20 --out landscape.gif"},
        subcommands = {PlotCommand.Energy1d.class, PlotCommand.Energy2d.class, PlotCommand.Raster.class,
                PlotCommand.Tuning.class, PlotCommand.AnyFigure.class})
final class PlotCommand implements Runnable {
    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Draws {@code figure} of {@code backend} from {@code data} with the preset values {@code options}. */
    static Path render(List<Path> pluginPath, String backend, String figure, Map<String, Tensor> data,
                       Map<String, String> options, Path out, boolean quiet) throws IOException {
        try (OutputFiles outputs = new OutputFiles(); Registry registry = Registry.discover(pluginPath)) {
            String name = out.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!name.endsWith(".png") && !name.endsWith(".gif")) {
                throw new IllegalArgumentException("--out must end in .png (a still) or .gif (an animation), got " + out);
            }
            OutputFiles.Output file = outputs.add("--out", out);
            PlotBackendProvider provider = registry.plotBackends().get(backend);
            PlotBackend b = provider.create(provider.parameters().defaults());
            Params params = b.options(figure).parse(options);
            try (ConsoleProgress bar = ConsoleProgress.of("plot    ", quiet)) {
                file.writeWith(tmp -> {
                    try {
                        b.render(figure, data, params, tmp, bar);
                    } catch (IllegalArgumentException e) {
                        // The backend names the file it was given: the temporary one; say what the user gave.
                        throw new IllegalArgumentException(String.valueOf(e.getMessage()).replace(tmp.toString(),
                                out.toString()), e);
                    }
                });
            }
            outputs.commit();
            return out;
        }
    }

    /** The step a still shows. */
    static final class StillFrame {
        @Option(names = "--frame", defaultValue = "-1", paramLabel = "STEP",
                description = "Step a still shows (negative counts from the end; default: the last).")
        int frame;
    }

    /** What every plot subcommand shares: input, output, backend, and the run of the drawing. */
    abstract static class Figure implements Callable<Integer> {
        @CommandLine.ParentCommand
        PlotCommand plot;

        @CommandLine.Spec
        CommandSpec spec;

        @Option(names = "--in", required = true, paramLabel = "RUN.npz", description = "Output of jcanns simulate.")
        Path in;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE",
                description = "Where to write: .png for a still, .gif for an animation where there is one.")
        Path out;

        @Option(names = "--backend", defaultValue = "java2d", paramLabel = "NAME",
                description = "Plot backend (default: ${DEFAULT-VALUE}; see jcanns plugins).")
        String backend;

        /** Whether the output asks for an animation. */
        boolean animation() {
            return out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gif");
        }

        /** The backend figure to draw. */
        abstract String figure();

        /** The figure's arrays, read from the run. */
        abstract Map<String, Tensor> data(RunArrays run);

        @Override
        public Integer call() throws Exception {
            long start = System.nanoTime();
            String figure = figure();
            try (RunArrays run = new RunArrays(in)) {
                Path written = render(plot.main.pluginPath, backend, figure, data(run),
                        PresetOptions.given(spec, spec.name()), out, plot.main.quiet);
                System.out.println("wrote " + written);
            }
            System.err.println(String.format(Locale.ROOT, "figure=%s seconds=%.3f", figure,
                    (System.nanoTime() - start) / 1e9));
            return 0;
        }
    }

    @Command(name = "energy-1d", mixinStandardHelpOptions = true, modelTransformer = PresetOptions.class,
            description = {"Energy landscape of 1D states: a still of one step (.png) or an animation (.gif).",
                    "Frames: int(T/time_steps_per_second*fps), evenly spread over the steps (as canns)."})
    static final class Energy1d extends Figure {
        @Option(names = "--state", required = true, paramLabel = "NAME",
                description = "Recorded state to draw, (T, N) (repeatable: one labelled line each).")
        List<String> states;

        @CommandLine.Mixin
        StillFrame still;

        @Override
        String figure() {
            return animation() ? "energy-1d-animation" : "energy-1d";
        }

        @Override
        Map<String, Tensor> data(RunArrays run) {
            Map<String, Tensor> data = new LinkedHashMap<>();
            int n = -1;
            for (String s : states) {
                Tensor t = run.get(s);
                if (t.rank() != 2) {
                    throw new IllegalArgumentException("energy-1d draws (T, N) states; '" + s + "' has shape "
                            + java.util.Arrays.toString(t.shape()) + (t.rank() == 3 ? ": use plot energy-2d" : ""));
                }
                n = t.dim(1);
            }
            data.put("x", run.positions(n));
            for (String s : states) {
                data.put(s, animation() ? run.get(s) : run.frame(s, still.frame));
            }
            return data;
        }
    }

    @Command(name = "energy-2d", mixinStandardHelpOptions = true, modelTransformer = PresetOptions.class,
            description = "Heat map of a 2D state (T, Y, X): a still of one step (.png) or an animation (.gif).")
    static final class Energy2d extends Figure {
        @Option(names = "--state", defaultValue = "u", paramLabel = "NAME",
                description = "Recorded (T, Y, X) state (default: ${DEFAULT-VALUE}).")
        String state;

        @CommandLine.Mixin
        StillFrame still;

        @Override
        String figure() {
            return animation() ? "energy-2d-animation" : "energy-2d";
        }

        @Override
        Map<String, Tensor> data(RunArrays run) {
            Tensor t = run.get(state);
            if (t.rank() != 3) {
                throw new IllegalArgumentException("energy-2d draws (T, Y, X) states; '" + state + "' has shape "
                        + java.util.Arrays.toString(t.shape()) + (t.rank() == 2 ? ": use plot energy-1d" : ""));
            }
            return Map.of(state, animation() ? t : run.frame(state, still.frame));
        }
    }

    @Command(name = "raster", mixinStandardHelpOptions = true, modelTransformer = PresetOptions.class,
            description = "Raster plot (.png) of where a recorded state exceeds --threshold (a spike train).")
    static final class Raster extends Figure {
        @Option(names = "--state", required = true, paramLabel = "NAME",
                description = "Recorded state; non-zero above the threshold counts as a spike.")
        String state;

        @Option(names = "--threshold", defaultValue = "0", paramLabel = "X",
                description = "Values above it are spikes (default: ${DEFAULT-VALUE}).")
        double threshold;

        @Override
        String figure() {
            return "raster";
        }

        @Override
        Map<String, Tensor> data(RunArrays run) {
            return Map.of("spikes", run.above(state, threshold));
        }
    }

    @Command(name = "tuning", mixinStandardHelpOptions = true, modelTransformer = PresetOptions.class,
            description = {"Tuning curves (.png): mean rate of chosen neurons in stimulus bins.",
                    "Example: jcanns plot tuning --in run.npz --neuron-indices 128,256,384 --out tuning.png"})
    static final class Tuning extends Figure {
        @Option(names = "--rates", defaultValue = "r", paramLabel = "NAME",
                description = "Recorded (T, N) rates (default: ${DEFAULT-VALUE}).")
        String rates;

        @Option(names = "--stimulus", defaultValue = "inp", paramLabel = "NAME",
                description = "A (T) array of stimulus values, or a (T, N) input whose peak position per step is "
                        + "the stimulus (default: ${DEFAULT-VALUE}).")
        String stimulus;

        @Override
        String figure() {
            return "tuning";
        }

        @Override
        Map<String, Tensor> data(RunArrays run) {
            Tensor r = run.matrix(rates);
            Map<String, Tensor> data = new LinkedHashMap<>();
            data.put("stimulus", run.stimulus(stimulus));
            data.put("rates", r);
            if (run.has("x") && run.get("x").size() == r.dim(1)) {
                data.put("pref_stim", run.get("x"));
            }
            return data;
        }
    }

    @Command(name = "figure", mixinStandardHelpOptions = true,
            description = {"Any figure of a plot backend, from arrays named as the figure reads them (see jcanns "
                    + "plugins for the figures, and the java2d docs for their arrays).",
                    "Example: jcanns plot figure theta-sweep --in sweep.npz --set env_size=1.5 --set mapping_ratio=5 "
                            + "--out sweep.gif"})
    static final class AnyFigure implements Callable<Integer> {
        @CommandLine.ParentCommand
        PlotCommand plot;

        @CommandLine.Parameters(index = "0", paramLabel = "FIGURE", description = "Figure name, e.g. theta-sweep.")
        String figure;

        @Option(names = "--in", required = true, paramLabel = "ARRAYS.npz",
                description = "Every array of the file is passed to the figure under its name.")
        Path in;

        @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output .png or .gif.")
        Path out;

        @Option(names = {"-s", "--set"}, paramLabel = "FIELD=VALUE", description = "Preset field (repeatable).")
        Map<String, String> set = new LinkedHashMap<>();

        @Option(names = "--backend", defaultValue = "java2d", paramLabel = "NAME",
                description = "Plot backend (default: ${DEFAULT-VALUE}).")
        String backend;

        @Override
        public Integer call() throws Exception {
            try (RunArrays run = new RunArrays(in)) {
                Map<String, Tensor> data = new LinkedHashMap<>();
                for (String name : run.names()) {
                    data.put(name, run.get(name));
                }
                System.out.println("wrote " + render(plot.main.pluginPath, backend, figure, data, set, out,
                        plot.main.quiet));
            }
            return 0;
        }
    }
}

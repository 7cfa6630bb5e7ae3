package org.jcanns.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.core.io.OutputFiles;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.analysis.NumericArray;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code jcanns torus}: canns' plot_3d_bump_on_torus of a decoding. */
@Command(name = "torus", mixinStandardHelpOptions = true,
        description = {"Animate the population activity on a 3-D torus at the decoded angles (canns'",
                "plot_3d_bump_on_torus): 20 frames of 300 bins, 5 fps, as a GIF.",
                "Example: jcanns torus --decoding decoding.npz --grid grid.npz --out torus.gif"})
final class TorusCommand implements Callable<Integer> {
    static final String FIGURE = "torus-bump";

    @CommandLine.ParentCommand
    Main main;

    @Option(names = "--decoding", required = true, paramLabel = "FILE.npz",
            description = "jcanns decode's output (coordsbox, times_box).")
    Path decoding;

    @Option(names = "--grid", required = true, paramLabel = "FILE",
            description = "The decoded recording (.npz or .mat, plain layout).")
    Path grid;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE.gif", description = "Output file.")
    Path out;

    @Option(names = {"-a", "--option"}, paramLabel = "NAME=VALUE",
            description = "Options of canns' torus preset: n_frames, window_size, frame_step, fps, numangsint, r1, r2, "
                    + "title, figsize, dpi, repeat.")
    Map<String, String> options = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        BumpFitsCommand.requireExtension(out, ".gif", "--out");
        try (OutputFiles outputs = new OutputFiles(); Registry registry = Registry.discover(main.pluginPath)) {
            OutputFiles.Output file = outputs.add("--out", out);
            BackendFigure figure = new BackendFigure(registry, FIGURE, options, main.quiet);
            figure.validate();
            Map<String, NumericArray> d = DecodeCommand.readPersistence(decoding);
            Map<String, NumericArray> recording = EmbedCommand.recording(registry, grid);
            file.writeWith(path -> render(registry, figure, d, recording, path));
            outputs.commit();
        }
        System.out.println("wrote " + out);
        return 0;
    }

    /** Renders the torus of {@code decoding} with the activity of {@code recording}'s unsmoothed embedding. */
    static void render(Registry registry, BackendFigure figure, Map<String, NumericArray> decoding,
                       Map<String, NumericArray> recording, Path out) throws IOException {
        for (String key : new String[] {"coordsbox", "times_box"}) {
            if (!decoding.containsKey(key)) {
                throw new IllegalArgumentException("--decoding needs '" + key + "' (jcanns decode writes it); found "
                        + decoding.keySet());
            }
        }
        boolean positions = recording.containsKey("x") && recording.containsKey("y");
        Map<String, String> params = new LinkedHashMap<>();
        params.put("smooth", "false");
        params.put("speed_filter", Boolean.toString(positions));
        NumericArray spikes = Analyses.run(registry, "embed-spike-trains", params, recording,
                org.jcanns.spi.analysis.AnalysisContext.quiet()).array("spikes");
        int bins = spikes.dim(0);
        int cells = spikes.dim(1);
        double[] activity = new double[bins];
        for (int b = 0; b < bins; b++) {
            for (int c = 0; c < cells; c++) {
                activity[b] += spikes.get(b, c);
            }
        }
        Map<String, NumericArray> data = new LinkedHashMap<>();
        data.put("coords", decoding.get("coordsbox"));
        data.put("times", decoding.get("times_box"));
        data.put("activity", NumericArray.of(activity));
        figure.render(data, out);
    }
}

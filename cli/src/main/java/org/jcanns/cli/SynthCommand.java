package org.jcanns.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jcanns.analysis.NumericArrays;
import org.jcanns.analysis.data.GridFiles;
import org.jcanns.analysis.data.GridRecording;
import org.jcanns.analysis.synthetic.SyntheticGridCells;
import org.jcanns.analysis.synthetic.SyntheticHeadDirection;
import org.jcanns.analysis.synthetic.SyntheticRoi;
import org.jcanns.core.io.AtomicFiles;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.spi.analysis.NumericArray;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jcanns synth roi|grid|hd}: seeded synthetic data sets in place of canns' downloads. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = {"Write a seeded synthetic data set (jcanns never downloads data):",
                "  roi   ROI traces of a bump drifting on a ring (T, n_roi): .txt (np.loadtxt), .npy, or .npz with the "
                        + "true position",
                "  grid  grid-cell spikes of a rat in a box, plain layout (spike_times, spike_counts, t, x, y) .npz",
                "  hd    head-direction cell spikes, plain layout plus heading (T) and preferred_direction (N) .npz",
                "Example: jcanns synth roi --seed 1 --out roi.txt"})
final class SynthCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "KIND", description = "roi, grid or hd.")
    String kind;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Random seed (default: 0).")
    long seed;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "FILE", description = "Output file.")
    Path out;

    @Option(names = "--frames", paramLabel = "T", description = "roi: time frames (default: 500).")
    Integer frames;

    @Option(names = "--n-roi", paramLabel = "N", description = "roi: ROIs on the ring (default: 16).")
    Integer rois;

    @Option(names = "--cells", paramLabel = "N",
            description = "grid: cells per torus axis (N*N cells, default 6); hd: cells (default 32).")
    Integer cells;

    @Option(names = "--duration", paramLabel = "SECONDS", description = "grid, hd: recording length (default: 300).")
    Double duration;

    @Override
    public Integer call() throws IOException {
        String ext = extension(out);
        AtomicFiles.requireDirectory(out.toAbsolutePath().getParent());
        String what = switch (kind) {
            case "roi" -> roi(ext);
            case "grid" -> grid(ext);
            case "hd" -> headDirection(ext);
            default -> throw new IllegalArgumentException("KIND must be roi, grid or hd, got '" + kind + "'");
        };
        System.out.println("wrote " + out + " (" + what + ")");
        return 0;
    }

    private String roi(String ext) throws IOException {
        requireNone("--cells", cells);
        requireNone("--duration", duration);
        SyntheticRoi config = SyntheticRoi.defaults();
        config = config.withSize(frames != null ? frames : config.frames(), rois != null ? rois : config.rois());
        if (!ext.equals(".txt") && !ext.equals(".npy") && !ext.equals(".npz")) {
            throw new IllegalArgumentException("--out for roi must end in .txt, .npy or .npz, got " + out);
        }
        SyntheticRoi.Data d = config.generate(seed);
        switch (ext) {
            case ".txt" -> writeText(d.data());
            case ".npy" -> Npy.save(out, NumericArrays.npy(d.data()));
            default -> NumericArrays.save(out, Map.of("data", d.data(), "position", NumericArray.of(d.position())));
        }
        return config.frames() + " frames x " + config.rois() + " ROIs";
    }

    private String grid(String ext) throws IOException {
        requireRoiOptionsAbsent();
        requireNpz(ext);
        SyntheticGridCells config = SyntheticGridCells.defaults();
        config = config.with(cells != null ? cells : config.side(), duration != null ? duration : config.duration());
        SyntheticGridCells.Data d = config.generate(seed);
        GridRecording r = d.recording();
        GridFiles.save(out, r, Map.of("phase_offsets", NpyArray.ofDoubles(d.phaseOffsets(), r.cells(), 2)));
        return r.cells() + " grid cells, " + r.spikeTimes().length + " spikes, " + r.t().length + " positions";
    }

    private String headDirection(String ext) throws IOException {
        requireRoiOptionsAbsent();
        requireNpz(ext);
        SyntheticHeadDirection config = SyntheticHeadDirection.defaults();
        config = config.with(cells != null ? cells : config.cells(), duration != null ? duration : config.duration());
        SyntheticHeadDirection.Data d = config.generate(seed);
        GridRecording r = d.recording();
        GridFiles.save(out, r, Map.of("heading", NpyArray.ofDoubles(d.heading()),
                "preferred_direction", NpyArray.ofDoubles(d.preferred())));
        return r.cells() + " head-direction cells, " + r.spikeTimes().length + " spikes";
    }

    /** Rows of {@code data} as np.savetxt writes them ({@code %.18e}, space-separated). */
    private void writeText(NumericArray data) throws IOException {
        AtomicFiles.write(out, os -> {
            PrintStream p = new PrintStream(os, false, StandardCharsets.UTF_8);
            int cols = data.dim(1);
            StringBuilder line = new StringBuilder();
            for (int t = 0; t < data.dim(0); t++) {
                line.setLength(0);
                for (int j = 0; j < cols; j++) {
                    line.append(j == 0 ? "" : " ").append(String.format(Locale.ROOT, "%.18e", data.get(t, j)));
                }
                p.println(line);
            }
            p.flush();
        });
    }

    private void requireNpz(String ext) {
        if (!ext.equals(".npz")) {
            throw new IllegalArgumentException("--out for " + kind + " must end in .npz, got " + out);
        }
    }

    private void requireRoiOptionsAbsent() {
        requireNone("--frames", frames);
        requireNone("--n-roi", rois);
    }

    private void requireNone(String option, Object value) {
        if (value != null) {
            throw new IllegalArgumentException(option + " does not apply to synth " + kind);
        }
    }

    private static String extension(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot);
    }
}

package org.jcanns.benchmarks;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.PlotConfigs;
import org.jcanns.plot.encode.FrameSource;
import org.jcanns.plot.encode.GifAnimation;
import org.jcanns.plot.encode.Lzw;
import org.jcanns.plot.encode.Palette;
import org.jcanns.plot.figure.EnergyLandscape1D;
import org.jcanns.plot.figure.ThetaSweepAnimation;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds per animation frame: the 1D energy landscape (512 points, 2 curves, 1000x600 as canns' default
 * figsize 10x6 at 100 dpi) and the 4-panel theta sweep (GC 100x100, DC 100, 1800x450 as canns' figsize 12x3 at
 * output_dpi 150). "render" draws a frame, "frame" also maps it to the palette and LZW-compresses it (a worker's
 * whole job), "gif2threads" is the full pipeline on 2 threads per frame, "xchart" draws the 1D frame with XChart.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED",
    "-Djava.awt.headless=true"})
@State(Scope.Thread)
public class PlotBenchmark {
    private static final int FRAMES = 80;
    private Arena arena;
    private List<EnergyLandscape1D.DataSet> sets;
    private PlotConfig energyConfig;
    private FrameSource energy;
    private FrameSource.Renderer energyRenderer;
    private ThetaSweepAnimation.Data sweepData;
    private PlotConfig sweepConfig;
    private FrameSource sweep;
    private FrameSource.Renderer sweepRenderer;
    private Palette energyPalette;
    private Palette sweepPalette;
    private final Lzw lzw = new Lzw();
    private byte[] indices;
    private XYChart chart;
    private double[] xs;
    private Path tmp;
    private int frame;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        arena = Arena.ofShared();
        int n = 512;
        int steps = 400;
        Tensor x = Tensor.allocate(arena, n);
        Tensor u = Tensor.allocate(arena, steps, n);
        Tensor inp = Tensor.allocate(arena, steps, n);
        xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = -Math.PI + 2 * Math.PI * i / (n - 1);
            x.set(i, (float) xs[i]);
        }
        for (int t = 0; t < steps; t++) {
            double c = -2 + 4.0 * t / steps;
            for (int i = 0; i < n; i++) {
                double d = xs[i] - c;
                u.set(t, i, (float) (10 * Math.exp(-d * d / 0.5)));
                inp.set(t, i, (float) (9 * Math.exp(-(d - 0.1) * (d - 0.1) / 0.5)));
            }
        }
        sets = List.of(new EnergyLandscape1D.DataSet("u", x, u), new EnergyLandscape1D.DataSet("inp", x, inp));
        // 400 steps at 100 steps/s and 20 fps: 80 frames (the example).
        energyConfig = PlotConfigs.energyLandscape1dAnimation(Map.of("time_steps_per_second", 100.0, "fps", 20.0));
        energy = EnergyLandscape1D.animation(sets, energyConfig);
        energyRenderer = energy.renderer();
        energyPalette = Palette.build(energy.requiredColors(), List.of(energyRenderer.render(0).clone()));
        sweepData = sweep(800, 100, 100);
        sweepConfig = PlotConfigs.thetaSweepAnimation(Map.of("env_size", 1.5, "mapping_ratio", 5.0));
        sweep = ThetaSweepAnimation.of(sweepData, sweepConfig);
        sweepRenderer = sweep.renderer();
        sweepPalette = Palette.build(sweep.requiredColors(), List.of(sweepRenderer.render(0).clone()));
        indices = new byte[Math.max(energy.width() * energy.height(), sweep.width() * sweep.height())];
        chart = new XYChartBuilder().width(energy.width()).height(energy.height())
                .title("Evolving 1D Energy Landscape").xAxisTitle("Collective Variable / State").yAxisTitle("Energy")
                .build();
        chart.getStyler().setYAxisMin(-1.0).setYAxisMax(11.0);
        chart.addSeries("u", xs, row(u, 0)).setMarker(SeriesMarkers.NONE);
        chart.addSeries("inp", xs, row(inp, 0)).setMarker(SeriesMarkers.NONE);
        tmp = Files.createTempDirectory("jcanns-plot-bench");
    }

    private static double[] row(Tensor t, int r) {
        double[] d = new double[t.dim(1)];
        for (int i = 0; i < d.length; i++) {
            d[i] = t.get(r, i);
        }
        return d;
    }

    /** A circular walk with a grid-cell bump at its phase and direction cells tuned to the heading. */
    private ThetaSweepAnimation.Data sweep(int steps, int side, int dc) {
        Tensor pos = Tensor.allocate(arena, steps, 2);
        Tensor dir = Tensor.allocate(arena, steps);
        Tensor dcAct = Tensor.allocate(arena, steps, dc);
        Tensor gc = Tensor.allocate(arena, steps, side * side);
        double s3 = Math.sqrt(3);
        for (int t = 0; t < steps; t++) {
            double a = 2 * Math.PI * t / steps;
            double px = 0.75 + 0.45 * Math.cos(a);
            double py = 0.75 + 0.45 * Math.sin(a);
            pos.set(t, 0, (float) px);
            pos.set(t, 1, (float) py);
            double heading = Math.IEEEremainder(a + Math.PI / 2, 2 * Math.PI);
            dir.set(t, (float) heading);
            for (int k = 0; k < dc; k++) {
                dcAct.set(t, k, (float) Math.exp(3 * (Math.cos(-Math.PI + 2 * Math.PI * k / dc - heading) - 1)));
            }
            double qx = Math.IEEEremainder(5 * px - 5 * py / s3, 2 * Math.PI);
            double qy = Math.IEEEremainder(2 / s3 * 5 * py, 2 * Math.PI);
            for (int k = 0; k < side * side; k++) {
                int column = k % side;
                int row = k / side;
                double dx = Math.IEEEremainder(-Math.PI + 2 * Math.PI * column / side - qx, 2 * Math.PI);
                double dy = Math.IEEEremainder(-Math.PI + 2 * Math.PI * row / side - qy, 2 * Math.PI);
                double ux = dx + 0.5 * dy;
                double uy = s3 / 2 * dy;
                gc.set(t, k, (float) Math.exp(-(ux * ux + uy * uy) / 0.5));
            }
        }
        return new ThetaSweepAnimation.Data(pos, dir, dcAct, gc, null);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        arena.close();
        try (var files = Files.list(tmp)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(tmp);
    }

    @Benchmark
    public int[] energy1dRender() {
        return energyRenderer.render(frame++ % energy.frames());
    }

    @Benchmark
    public byte[] energy1dFrame() {
        int[] px = energyRenderer.render(frame++ % energy.frames());
        int n = energy.width() * energy.height();
        energyPalette.index(px, n, indices);
        return lzw.encode(indices, n, 8);
    }

    @Benchmark
    public BufferedImage energy1dXChart() {
        int t = (frame++ % FRAMES) * 5;
        double[] u = row(sets.get(0).y(), t);
        double[] inp = row(sets.get(1).y(), t);
        chart.updateXYSeries("u", xs, u, null);
        chart.updateXYSeries("inp", xs, inp, null);
        return BitmapEncoder.getBufferedImage(chart);
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public Path energy1dGif2Threads() throws IOException {
        return GifAnimation.write(tmp.resolve("energy.gif"), EnergyLandscape1D.animation(sets, energyConfig), 20,
                true, 2, ProgressListener.NONE);
    }

    @Benchmark
    public int[] thetaSweepRender() {
        return sweepRenderer.render(frame++ % sweep.frames());
    }

    @Benchmark
    public byte[] thetaSweepFrame() {
        int[] px = sweepRenderer.render(frame++ % sweep.frames());
        int n = sweep.width() * sweep.height();
        sweepPalette.index(px, n, indices);
        return lzw.encode(indices, n, 8);
    }

    @Benchmark
    @OperationsPerInvocation(FRAMES)
    public Path thetaSweepGif2Threads() throws IOException {
        return GifAnimation.write(tmp.resolve("sweep.gif"), ThetaSweepAnimation.of(sweepData, sweepConfig), 10, true,
                2, ProgressListener.NONE);
    }
}

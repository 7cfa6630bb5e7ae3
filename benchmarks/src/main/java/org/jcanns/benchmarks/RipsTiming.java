package org.jcanns.benchmarks;

import java.lang.foreign.Arena;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.topology.Metric;
import org.jcanns.core.topology.RipsDistances;
import org.jcanns.core.topology.RipsOptions;
import org.jcanns.core.topology.RipsResult;
import org.jcanns.core.topology.VietorisRips;
import org.jcanns.spi.ProgressListener;

/**
 * Times the Vietoris–Rips engine the way C++ Ripser is timed by {@code benchmarks/ripser/run.sh}: from the input
 * file to the diagrams (distances computed for a point cloud, as Ripser does), repeated in one JVM so that the
 * first run shows the cold start and the others the steady state. One line per run: wall and thread-CPU seconds.
 *
 * <p>Usage: {@code RipsTiming points|distances FILE.npy MAXDIM COEFF COCYCLES(0|1) RUNS}
 */
public final class RipsTiming {
    private RipsTiming() {
    }

    public static void main(String[] args) throws Exception {
        boolean points = args[0].equals("points");
        Path file = Path.of(args[1]);
        int maxDim = Integer.parseInt(args[2]);
        int coeff = Integer.parseInt(args[3]);
        boolean cocycles = args[4].equals("1");
        int runs = Integer.parseInt(args[5]);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < runs; r++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            RipsDistances d = load(file, points);
            RipsResult result = VietorisRips.compute(d, new RipsOptions(maxDim, coeff, Double.POSITIVE_INFINITY,
                    cocycles), ProgressListener.NONE);
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
            StringBuilder bars = new StringBuilder();
            for (int k = 0; k < result.diagrams().size(); k++) {
                bars.append(k == 0 ? "" : ",").append(result.diagram(k).size());
            }
            System.out.println(String.format(Locale.ROOT, "run=%d wall_s=%.3f cpu_s=%.3f bars=%s", r, wallSeconds,
                    cpuSeconds, bars));
        }
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.println(String.format(Locale.ROOT, "heap_peak_mib=%.0f", peak / 1048576.0));
    }

    private static RipsDistances load(Path file, boolean points) throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            NpyArray a = Npy.load(file, arena);
            int n = a.shape()[0];
            return points ? RipsDistances.ofPoints(a.toDoubles(), n, a.shape()[1], Metric.EUCLIDEAN)
                    : RipsDistances.ofMatrix(a.toDoubles(), n, a.shape()[1]);
        }
    }
}

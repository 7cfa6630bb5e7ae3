package org.jcanns.pipelines;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.jcanns.pipelines.trajectory.Trajectory;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.pipeline.PipelineContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * canns' {@code batch_process_trajectories}, on threads: one theta-sweep run per trajectory into
 * {@code base/trajectory_NNN}; a trajectory that fails gets {@code {"error": message}} and the others go on.
 */
public final class ThetaSweepBatch {
    private static final Logger LOG = LoggerFactory.getLogger(ThetaSweepBatch.class);

    private ThetaSweepBatch() {
    }

    /** The name of trajectory i's folder and result key ({@code trajectory_007}). */
    public static String name(int i) {
        return String.format(Locale.ROOT, "trajectory_%03d", i);
    }

    /**
     * Runs every trajectory with {@code settings} on {@code threads} threads; returns the results (or the error)
     * by {@link #name}, in input order. {@code progress} counts finished trajectories.
     */
    public static Map<String, Map<String, Object>> run(PipelineContext context, List<Trajectory> trajectories,
                                                       ThetaSweepSettings settings, Path base, int threads,
                                                       ProgressListener progress) throws InterruptedException {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        AtomicLong done = new AtomicLong();
        List<Future<Map<String, Object>>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, trajectories.size())),
                Thread.ofPlatform().name("theta-sweep-", 0).factory())) {
            for (int i = 0; i < trajectories.size(); i++) {
                Trajectory t = trajectories.get(i);
                Path out = base.resolve(name(i));
                futures.add(pool.submit(() -> {
                    try {
                        return new ThetaSweepPipeline(context, t, settings).run(out, ProgressListener.NONE);
                    } finally {
                        synchronized (done) {
                            progress.update(done.incrementAndGet(), trajectories.size());
                        }
                    }
                }));
            }
            Map<String, Map<String, Object>> results = new LinkedHashMap<>();
            for (int i = 0; i < futures.size(); i++) {
                try {
                    results.put(name(i), futures.get(i).get());
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    String message = cause.getMessage() != null ? cause.getMessage() : cause.toString();
                    LOG.warn("{} ({}) failed: {}", name(i), trajectories.get(i).source(), message);
                    results.put(name(i), Map.of("error", message));
                }
            }
            return results;
        }
    }
}

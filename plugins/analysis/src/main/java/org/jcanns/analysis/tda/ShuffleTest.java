package org.jcanns.analysis.tda;

import java.util.Arrays;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.random.RandomGenerator;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.topology.PersistenceDiagram;
import org.jcanns.core.topology.RipsOptions;
import org.jcanns.core.topology.RipsResult;
import org.jcanns.core.topology.VietorisRips;
import org.jcanns.spi.ProgressListener;

/**
 * canns' shuffle significance test: each shuffle rolls every neuron's time series circularly by its own random shift
 * in [0, T/10), reruns the whole pipeline, and keeps the longest finite lifetime per homology dimension (0 to
 * min(2, maxdim)). A bar of the real data is significant when it outlives the 99.9th percentile of those maxima.
 *
 * <p>Shuffle s draws its shifts from its own generator ({@link Seeds#forCopy}(seed, s)) and its result is stored at
 * position s, so a seed gives the same numbers whatever the number of threads.
 */
public final class ShuffleTest {
    /** The percentile of the shuffled maxima a real bar must exceed (canns: 99.9). */
    public static final double PERCENTILE = 99.9;

    private ShuffleTest() {
    }

    /**
     * Per dimension, the longest finite lifetime of each shuffle ({@code NaN} when a shuffle had no finite bar
     * there, which canns leaves out).
     */
    public record Result(double[][] maxLifetimes) {
        /** The number of dimensions tested. */
        public int dimensions() {
            return maxLifetimes.length;
        }

        /** The mean of the defined maxima of dimension {@code dim}. */
        public double mean(int dim) {
            double[] v = defined(dim);
            return v.length == 0 ? Double.NaN : Arrays.stream(v).sum() / v.length;
        }

        /** numpy's {@code percentile} (linear interpolation) of the defined maxima of dimension {@code dim}. */
        public double percentile(int dim, double q) {
            double[] v = defined(dim);
            if (v.length == 0) {
                return Double.NaN;
            }
            Arrays.sort(v);
            double pos = q / 100 * (v.length - 1);
            int lo = (int) Math.floor(pos);
            int hi = Math.min(lo + 1, v.length - 1);
            return v[lo] + (pos - lo) * (v[hi] - v[lo]);
        }

        /** The significance threshold of dimension {@code dim}: the 99.9th percentile (0 if no shuffle had a bar). */
        public double threshold(int dim) {
            double t = percentile(dim, PERCENTILE);
            return Double.isNaN(t) ? 0 : t;
        }

        /** The number of shuffles with a finite bar in dimension {@code dim}. */
        public int valid(int dim) {
            return defined(dim).length;
        }

        private double[] defined(int dim) {
            return Arrays.stream(maxLifetimes[dim]).filter(x -> !Double.isNaN(x)).toArray();
        }
    }

    /** Runs {@code config.shuffles()} shuffles of {@code embed} (T × N) on {@code threads} threads. */
    public static Result run(double[] embed, int times, int neurons, TdaConfig config, int threads,
                             ProgressListener progress) {
        if (times < 10) {
            throw new IllegalArgumentException("shuffles: need at least 10 time bins (shifts are drawn in [0, T/10)),"
                    + " got " + times);
        }
        int shuffles = config.shuffles();
        int dims = Math.min(2, config.maxDim()) + 1;
        double[][] max = new double[dims][shuffles];
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        Object lock = new Object();
        int workers = Math.max(1, Math.min(threads, shuffles));
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "tda-shuffle");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<?>[] futures = new Future<?>[workers];
            for (int w = 0; w < workers; w++) {
                futures[w] = pool.submit(() -> {
                    double[] copy = new double[embed.length];
                    for (int s = next.getAndIncrement(); s < shuffles; s = next.getAndIncrement()) {
                        shuffle(embed, times, neurons, Seeds.forCopy(config.seed(), s), copy);
                        double[] m = maxLifetimes(copy, times, neurons, config, dims);
                        for (int d = 0; d < dims; d++) {
                            max[d][s] = m[d];
                        }
                        int finished = done.incrementAndGet();
                        synchronized (lock) {
                            progress.update(finished, shuffles);
                        }
                    }
                    return null;
                });
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("shuffle test interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return new Result(max);
    }

    /** Rolls each neuron's column of {@code embed} by a shift drawn in [0, T/10) into {@code out} (np.roll). */
    static void shuffle(double[] embed, int times, int neurons, RandomGenerator random, double[] out) {
        int high = (int) (times * 0.1);
        for (int j = 0; j < neurons; j++) {
            int shift = random.nextInt(high);
            for (int t = 0; t < times; t++) {
                out[((t + shift) % times) * neurons + j] = embed[t * neurons + j];
            }
        }
    }

    private static double[] maxLifetimes(double[] embed, int times, int neurons, TdaConfig config, int dims) {
        TdaVis.Landmarks l = TdaVis.landmarks(embed, times, neurons, config);
        RipsResult r = VietorisRips.compute(l.distances(), new RipsOptions(dims - 1, config.coeff(),
                Double.POSITIVE_INFINITY, false), ProgressListener.NONE);
        double[] m = new double[dims];
        for (int d = 0; d < dims; d++) {
            PersistenceDiagram dgm = r.diagram(d);
            boolean any = false;
            for (int i = 0; i < dgm.size(); i++) {
                any |= dgm.death(i) != Double.POSITIVE_INFINITY;
            }
            m[d] = any ? dgm.maxFiniteLifetime() : Double.NaN;
        }
        return m;
    }
}

package org.jcanns.benchmarks;

import java.lang.foreign.Arena;
import java.util.SplittableRandom;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.operator.CirculantOperator;
import org.jcanns.spi.Tensor;
import org.jtransforms.fft.FloatFFT_1D;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The FFT decision: one ring convolution W·r (period M = num − 1) with our Vector API FFT (padded to a power of
 * two), against JTransforms' real FFT on the same padded length and on the period itself (its mixed-radix or
 * Bluestein path), each with a precomputed kernel spectrum and no allocation per call.
 */
public class FftChoiceBenchmark extends JcannsBenchmark {
    @Param({"64", "512", "1000", "2048", "8192"})
    public int num;

    private Arena arena;
    private Tensor r;
    private Tensor out;
    private CirculantOperator ours;
    private JTransformsRing padded;
    private JTransformsRing direct;

    @Setup(Level.Trial)
    public void setUp() {
        arena = Arena.ofShared();
        int m = num - 1;
        float[] k = new float[m];
        for (int d = 0; d < m; d++) {
            double x = 2 * Math.PI * Math.min(d, m - d) / m;
            k[d] = (float) Math.exp(-x * x / 0.5);
        }
        SplittableRandom rnd = new SplittableRandom(1);
        r = Tensor.allocate(arena, num);
        out = Tensor.allocate(arena, num);
        for (int i = 0; i < num; i++) {
            r.set(i, (float) rnd.nextDouble());
        }
        ours = CirculantOperator.ring(k, num, KernelTiers.named("panama"));
        padded = new JTransformsRing(k, ours.transformLength());
        direct = new JTransformsRing(k, m);
        ours.apply(r, out);
        float[] a = padded.apply(r, num).clone(), b = direct.apply(r, num);
        for (int i = 0; i < m; i++) {
            float want = out.get(i);
            if (Math.abs(a[i] - want) > 1e-4 * Math.abs(want) + 1e-4 || Math.abs(b[i] - want) > 1e-4 * Math.abs(want) + 1e-4) {
                throw new IllegalStateException("implementations disagree at " + i + ": " + want + " " + a[i] + " " + b[i]);
            }
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        arena.close();
    }

    @Benchmark
    public Tensor ownVectorFft() {
        ours.apply(r, out);
        return out;
    }

    @Benchmark
    public float[] jtransformsPadded() {
        return padded.apply(r, num);
    }

    @Benchmark
    public float[] jtransformsDirect() {
        return direct.apply(r, num);
    }

    /** A ring convolution with JTransforms' real FFT of length p (p = M, or a padded length >= 2M − 1). */
    static final class JTransformsRing {
        private final FloatFFT_1D fft;
        private final float[] spectrum;
        private final float[] work;
        private final int m;

        JTransformsRing(float[] kernel, int p) {
            m = kernel.length;
            fft = new FloatFFT_1D(p);
            spectrum = new float[p];
            for (int d = -(m - 1); d <= m - 1; d++) {
                if (p == m && d < 0) {
                    continue;
                }
                spectrum[Math.floorMod(d, p)] = kernel[Math.floorMod(d, m)];
            }
            fft.realForward(spectrum);
            work = new float[p];
        }

        float[] apply(Tensor r, int n) {
            java.util.Arrays.fill(work, 0f);
            for (int i = 0; i < n; i++) {
                work[i % m] += r.get(i);
            }
            fft.realForward(work);
            int p = work.length;
            // realForward packs [Re0, Re(p/2) or Re/Im..., ...]: multiply pairs (2k, 2k+1), k >= 1.
            work[0] *= spectrum[0];
            if (p % 2 == 0) {
                work[1] *= spectrum[1];
            } else {
                // Odd p: Re and Im of frequency (p−1)/2 sit at p−1 and 1.
                float a = work[p - 1], b = work[1], c = spectrum[p - 1], d = spectrum[1];
                work[p - 1] = a * c - b * d;
                work[1] = a * d + b * c;
            }
            for (int k = 2; k + 1 < p; k += 2) {
                float a = work[k], b = work[k + 1], c = spectrum[k], d = spectrum[k + 1];
                work[k] = a * c - b * d;
                work[k + 1] = a * d + b * c;
            }
            fft.realInverse(work, true);
            return work;
        }
    }
}

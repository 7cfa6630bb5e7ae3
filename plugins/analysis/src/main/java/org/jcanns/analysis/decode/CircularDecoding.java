package org.jcanns.analysis.decode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.analysis.data.GridRecording;
import org.jcanns.analysis.embed.SpikeEmbedding;
import org.jcanns.analysis.embed.SpikeEmbeddingConfig;
import org.jcanns.spi.analysis.NumericArray;

/**
 * canns' {@code decode_circular_coordinates} (§4.11): the two most persistent H1 classes give two circular
 * coordinates on the landmarks ({@link CircularCoordinates}, edges up to {@code birth₂ + 0.99·(death₂ − birth₂)}
 * of the second-longest bar, p = 47); each neuron's z-scored activity at the landmarks, weighted by cos and sin of
 * each coordinate, gives its preferred direction on each circle ({@code centcosall}, {@code centsinall}); every
 * time bin with a spike is decoded as the angle of its z-scored population vector against those directions.
 *
 * @param coords (Tsel, 2) decoded angles in [0, 2π) of the bins {@code times}
 * @param coordsbox the same for {@code timesBox} (canns' open-field case: the same bins)
 * @param times bins of the (speed-filtered, when positions are given) embedding with at least one spike
 * @param timesBox bins of {@code coordsbox}
 * @param centcos (N, 2, n_points) cos(2π f_c(k))·z_kn
 * @param centsin (N, 2, n_points) sin(2π f_c(k))·z_kn
 * @param cells N
 * @param points n_points
 */
public record CircularDecoding(double[] coords, double[] coordsbox, int[] times, int[] timesBox, double[] centcos,
                               double[] centsin, int cells, int points) {
    /** canns' constants: decode the two most persistent classes, with edges up to 99% of the second's life. */
    private static final double DEC_THRESH = 0.99;
    private static final int COEFF = 47;

    /**
     * Decodes {@code recording} from {@code persistence} (computed on its smoothed embedding). {@code realGround}:
     * the recording has positions, so the embedding is speed-filtered as when the persistence was computed;
     * {@code realOf}: open-field data, so {@code coordsbox} is {@code coords}.
     */
    public static CircularDecoding decode(PersistenceResult persistence, GridRecording recording,
                                          boolean realGround, boolean realOf) {
        int n = persistence.nPoints();
        double[][] f = landmarkCoordinates(persistence);
        SpikeEmbeddingConfig config = SpikeEmbeddingConfig.defaults();
        SpikeEmbedding smooth = SpikeEmbedding.of(recording, config.with(true, realGround));
        SpikeEmbedding counts = SpikeEmbedding.of(recording, config.with(false, realGround));
        int cells = smooth.cells();
        int bins = smooth.bins();
        // z-scored activity at the landmarks: rows movetimes[indstemp].
        double[] z = new double[n * cells];
        for (int k = 0; k < n; k++) {
            int bin = persistence.movetimes()[persistence.indstemp()[k]];
            if (bin >= bins) {
                throw new IllegalArgumentException("the persistence result's landmark " + k + " is time bin " + bin
                        + " but the embedding has " + bins + " bins: was it computed from this recording"
                        + (realGround ? " (speed-filtered)" : " (not speed-filtered)") + "?");
            }
            System.arraycopy(smooth.spikes(), bin * cells, z, k * cells, cells);
        }
        ZScore.scale(z, n, cells);
        double[] centcos = new double[cells * 2 * n];
        double[] centsin = new double[cells * 2 * n];
        double[][] sumCos = new double[2][cells];
        double[][] sumSin = new double[2][cells];
        for (int c = 0; c < cells; c++) {
            for (int circle = 0; circle < 2; circle++) {
                for (int k = 0; k < n; k++) {
                    double angle = f[circle][k] * 2 * Math.PI;
                    double cv = Math.cos(angle) * z[k * cells + c];
                    double sv = Math.sin(angle) * z[k * cells + c];
                    centcos[(c * 2 + circle) * n + k] = cv;
                    centsin[(c * 2 + circle) * n + k] = sv;
                    sumCos[circle][c] += cv;
                    sumSin[circle][c] += sv;
                }
            }
        }
        Decoded decoded = project(smooth, counts, sumCos, sumSin);
        Decoded box = realOf ? decoded : project(SpikeEmbedding.of(recording, config.with(true, true)),
                SpikeEmbedding.of(recording, config.with(false, true)), sumCos, sumSin);
        return new CircularDecoding(decoded.coords(), box.coords().clone(), decoded.times(), box.times().clone(),
                centcos, centsin, cells, n);
    }

    private record Decoded(int[] times, double[] coords) {
    }

    /** The angles of every bin with a spike: z-scored population vectors against each circle's directions. */
    private static Decoded project(SpikeEmbedding smooth, SpikeEmbedding counts, double[][] sumCos,
                                   double[][] sumSin) {
        int cells = smooth.cells();
        int[] times = spikingBins(counts);
        double[] all = smooth.spikes().clone();
        ZScore.scale(all, smooth.bins(), cells);
        double[] coords = new double[times.length * 2];
        for (int t = 0; t < times.length; t++) {
            int row = times[t] * cells;
            for (int circle = 0; circle < 2; circle++) {
                double x = 0;
                double y = 0;
                for (int c = 0; c < cells; c++) {
                    x += all[row + c] * sumCos[circle][c];
                    y += all[row + c] * sumSin[circle][c];
                }
                coords[t * 2 + circle] = mod2pi(Math.atan2(y, x));
            }
        }
        return new Decoded(times, coords);
    }

    /** The two circular coordinates on the landmarks, from the two longest H1 bars. */
    static double[][] landmarkCoordinates(PersistenceResult p) {
        int k = p.classes();
        if (k < 2) {
            throw new IllegalArgumentException("the persistence result has " + k + " H1 class" + (k == 1 ? "" : "es")
                    + "; decoding needs the two circles of a torus");
        }
        double[] deaths = p.deaths().clone();
        double[] lives = new double[k];
        for (int i = 0; i < k; i++) {
            if (Double.isInfinite(deaths[i])) {
                deaths[i] = 0;
            }
            lives[i] = deaths[i] - p.births()[i];
        }
        Integer[] order = new Integer[k];
        for (int i = 0; i < k; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(lives[a], lives[b]));
        int second = order[k - 2];
        double threshold = p.births()[second] + (deaths[second] - p.births()[second]) * DEC_THRESH;
        int n = p.nPoints();
        double[][] f = new double[2][];
        for (int circle = 0; circle < 2; circle++) {
            int bar = order[k - 1 - circle];
            long[] cocycle = p.cocycle(bar);
            CircularCoordinates.Result r = CircularCoordinates.of(cocycle, cocycle.length / 3, p.distances(), n,
                    threshold, COEFF);
            if (r.values().length != n) {
                throw new IllegalArgumentException("only " + r.values().length + " of the " + n + " landmarks have "
                        + "an edge shorter than the decoding threshold " + threshold + " (canns fails here too)");
            }
            f[circle] = r.values();
        }
        return f;
    }

    /** Bins of the unsmoothed embedding with at least one spike. */
    private static int[] spikingBins(SpikeEmbedding counts) {
        int cells = counts.cells();
        int[] out = new int[counts.bins()];
        int m = 0;
        for (int b = 0; b < counts.bins(); b++) {
            for (int c = 0; c < cells; c++) {
                if (counts.spikes()[b * cells + c] > 0) {
                    out[m++] = b;
                    break;
                }
            }
        }
        return Arrays.copyOf(out, m);
    }

    private static double mod2pi(double a) {
        double twoPi = 2 * Math.PI;
        double m = a % twoPi;
        if (m != 0 && m < 0) {
            m += twoPi;
        } else if (m == 0) {
            m = 0.0;
        }
        return m;
    }

    /** canns' keys: coords, coordsbox, times, times_box, centcosall, centsinall. */
    public Map<String, NumericArray> arrays() {
        Map<String, NumericArray> m = new LinkedHashMap<>();
        m.put("coords", NumericArray.of(coords, coords.length / 2, 2));
        m.put("coordsbox", NumericArray.of(coordsbox, coordsbox.length / 2, 2));
        m.put("times", NumericArray.of(Arrays.stream(times).asDoubleStream().toArray()));
        m.put("times_box", NumericArray.of(Arrays.stream(timesBox).asDoubleStream().toArray()));
        m.put("centcosall", NumericArray.of(centcos, cells, 2, points));
        m.put("centsinall", NumericArray.of(centsin, cells, 2, points));
        return m;
    }
}

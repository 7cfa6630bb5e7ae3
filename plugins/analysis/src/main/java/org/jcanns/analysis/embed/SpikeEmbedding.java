package org.jcanns.analysis.embed;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.analysis.data.GridRecording;
import org.jcanns.core.analysis.GaussianFilter;
import org.jcanns.spi.analysis.NumericArray;

/**
 * canns' {@code embed_spike_trains} (§4.8): spike counts per time bin and cell, optionally smoothed in time by a
 * Gaussian and restricted to the bins where the animal ran faster than {@code min_speed}.
 *
 * <p>Bins are {@code arange(floor(min t·res), ceil(max t·res) + 1, dt)}; a spike at s (kept when min t ≤ s &lt;
 * max t) goes to bin {@code int(int(s·res − t₀)/dt)} when {@code 0 < s·res − t₀ < t_last − t₀}. Smoothing is
 * scipy's {@code gaussian_filter1d} with σ = sigma/dt bins, zero beyond the ends, times
 * {@code 1/√(2π(sigma/res)²)}. The speed filter is {@link PositionResampling}.
 *
 * @param spikes (bins, cells) row-major: counts, or smoothed rates
 * @param bins rows of {@code spikes}
 * @param cells columns of {@code spikes}
 * @param xx x of each kept bin (speed filter only, else null)
 * @param yy y of each kept bin (speed filter only, else null)
 * @param tt time of each kept bin in seconds (speed filter only, else null)
 */
public record SpikeEmbedding(double[] spikes, int bins, int cells, double[] xx, double[] yy, double[] tt) {

    /** Embeds {@code recording} as {@code config} says. */
    public static SpikeEmbedding of(GridRecording recording, SpikeEmbeddingConfig config) {
        double[] t = recording.t();
        double minT = Double.POSITIVE_INFINITY;
        double maxT = Double.NEGATIVE_INFINITY;
        for (double v : t) {
            minT = Math.min(minT, v);
            maxT = Math.max(maxT, v);
        }
        double[] edges = binEdges(minT, maxT, config.res(), config.dt());
        int cells = recording.cells();
        double[] counts = binSpikes(recording, minT, maxT, edges, config);
        if (config.smooth()) {
            counts = smooth(counts, edges.length, cells, config);
        }
        if (!config.speedFilter()) {
            return new SpikeEmbedding(counts, edges.length, cells, null, null, null);
        }
        if (!recording.hasPositions()) {
            throw new IllegalArgumentException("the speed filter needs positions x and y in the recording; "
                    + "turn the speed filter off (--no-speed-filter) for data without them");
        }
        PositionResampling pos = PositionResampling.of(t, recording.x(), recording.y(), config.res(), config.dt());
        if (pos.times().length != edges.length) {
            throw new IllegalArgumentException("the resampled positions have " + pos.times().length
                    + " bins but the spikes " + edges.length + " (canns fails here too): check t, x and y");
        }
        boolean[] keep = new boolean[edges.length];
        int kept = 0;
        for (int b = 0; b < edges.length; b++) {
            keep[b] = pos.speed()[b] > config.minSpeed();
            kept += keep[b] ? 1 : 0;
        }
        double[] spikes = new double[kept * cells];
        double[] xx = new double[kept];
        double[] yy = new double[kept];
        double[] tt = new double[kept];
        int r = 0;
        for (int b = 0; b < edges.length; b++) {
            if (keep[b]) {
                System.arraycopy(counts, b * cells, spikes, r * cells, cells);
                xx[r] = pos.x()[b];
                yy[r] = pos.y()[b];
                tt[r] = pos.times()[b];
                r++;
            }
        }
        return new SpikeEmbedding(spikes, kept, cells, xx, yy, tt);
    }

    /** numpy's {@code arange(floor(min·res), ceil(max·res) + 1, dt)}: the bin starts in res units. */
    static double[] binEdges(double minT, double maxT, int res, int dt) {
        double start = Math.floor(minT * res);
        double stop = Math.ceil(maxT * res) + 1;
        long n = (long) Math.ceil((stop - start) / dt);
        if (n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the recording spans " + n + " bins of " + dt + "/" + res
                    + " s: more than an array holds; use wider bins (dt)");
        }
        double[] edges = new double[(int) Math.max(n, 0)];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = start + i * (double) dt;
        }
        return edges;
    }

    private static double[] binSpikes(GridRecording rec, double minT, double maxT, double[] edges,
                                      SpikeEmbeddingConfig config) {
        int cells = rec.cells();
        double[] counts = new double[edges.length * cells];
        double t0 = edges[0];
        double span = edges[edges.length - 1] - t0;
        double[] times = rec.spikeTimes();
        int at = 0;
        for (int c = 0; c < cells; c++) {
            int end = at + (int) rec.spikeCounts()[c];
            for (int i = at; i < end; i++) {
                double s = times[i];
                if (!(s >= minT && s < maxT)) {
                    continue;
                }
                long units = (long) (s * config.res() - t0);
                if (units < span && units > 0) {
                    int bin = (int) (units / (double) config.dt());
                    counts[bin * cells + c] += 1;
                }
            }
            at = end;
        }
        return counts;
    }

    private static double[] smooth(double[] counts, int bins, int cells, SpikeEmbeddingConfig config) {
        double sigmaBins = config.sigma() / (double) config.dt();
        double[] out = new double[counts.length];
        for (int c = 0; c < cells; c++) {
            GaussianFilter.filter(counts, c, cells, bins, sigmaBins, 4.0, GaussianFilter.Mode.CONSTANT, out);
        }
        double seconds = config.sigma() / (double) config.res();
        double norm = 1 / Math.sqrt(2 * Math.PI * (seconds * seconds));
        for (int i = 0; i < out.length; i++) {
            out[i] *= norm;
        }
        return out;
    }

    /** Whether the speed filter was applied (xx, yy, tt present). */
    public boolean speedFiltered() {
        return tt != null;
    }

    /** The spikes as a (bins, cells) array. */
    public NumericArray spikeArray() {
        return NumericArray.of(spikes, bins, cells);
    }

    /** canns' return values by name: {@code spikes}, and with the speed filter {@code xx}, {@code yy}, {@code tt}. */
    public Map<String, NumericArray> arrays() {
        Map<String, NumericArray> m = new LinkedHashMap<>();
        m.put("spikes", spikeArray());
        if (speedFiltered()) {
            m.put("xx", NumericArray.of(xx));
            m.put("yy", NumericArray.of(yy));
            m.put("tt", NumericArray.of(tt));
        }
        return m;
    }

    /** The sum of each row of {@code spikes}: population activity per bin. */
    public double[] rowSums() {
        double[] s = new double[bins];
        for (int b = 0; b < bins; b++) {
            for (int c = 0; c < cells; c++) {
                s[b] += spikes[b * cells + c];
            }
        }
        return s;
    }
}

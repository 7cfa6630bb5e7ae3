package org.jcanns.analysis.data;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.spi.analysis.NumericArray;

/**
 * Grid-cell spikes and the animal's path in jcanns' plain layout: {@code spikeTimes} (S) all cells' spike times
 * in seconds, concatenated in cell order; {@code spikeCounts} (N) spikes per cell; {@code t} (T) position sample
 * times in seconds; {@code x}, {@code y} (T) positions in metres, or null when absent.
 */
public record GridRecording(double[] spikeTimes, long[] spikeCounts, double[] t, double[] x, double[] y) {
    /** Number of cells. */
    public int cells() {
        return spikeCounts.length;
    }

    /** The spike times of {@code cell}. */
    public double[] spikes(int cell) {
        long start = 0;
        for (int c = 0; c < cell; c++) {
            start += spikeCounts[c];
        }
        return Arrays.copyOfRange(spikeTimes, (int) start, (int) (start + spikeCounts[cell]));
    }

    /** The plain layout as named arrays: spike_times, spike_counts, t, and x, y when present. */
    public Map<String, NumericArray> arrays() {
        Map<String, NumericArray> m = new LinkedHashMap<>();
        m.put("spike_times", NumericArray.of(spikeTimes.clone()));
        m.put("spike_counts", NumericArray.of(Arrays.stream(spikeCounts).asDoubleStream().toArray()));
        m.put("t", NumericArray.of(t.clone()));
        if (hasPositions()) {
            m.put("x", NumericArray.of(x.clone()));
            m.put("y", NumericArray.of(y.clone()));
        }
        return m;
    }

    /** Whether positions are present. */
    public boolean hasPositions() {
        return x != null && y != null;
    }
}

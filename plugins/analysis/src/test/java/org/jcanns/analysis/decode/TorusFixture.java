package org.jcanns.analysis.decode;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.analysis.data.GridRecording;
import org.jcanns.analysis.embed.SpikeEmbedding;
import org.jcanns.analysis.embed.SpikeEmbeddingConfig;
import org.jcanns.analysis.synthetic.SyntheticGridCells;
import org.jcanns.spi.analysis.NumericArray;

/**
 * Synthetic grid cells with a persistence result built from their known torus phases, in the layout the TDA step
 * writes: landmarks at every fifth speed-filtered bin (evenly thinned), torus distances between their phases, and
 * two long H1 bars whose cocycles count the crossings of φ₁ = 0 and φ₂ = 0 (the torus' two circles), plus a short
 * noise bar.
 */
public final class TorusFixture {
    public final SyntheticGridCells model;
    public final GridRecording recording;
    public final SpikeEmbedding embedding;
    public final Map<String, NumericArray> persistence;
    public final double[][] landmarkPhase;

    public TorusFixture(int side, double duration, double peakRate, int points, long seed) {
        SyntheticGridCells d = SyntheticGridCells.defaults();
        model = new SyntheticGridCells(side, duration, d.dt(), d.box(), d.spacing(), d.orientation(), peakRate,
                d.kappa(), d.speed());
        recording = model.generate(seed).recording();
        embedding = SpikeEmbedding.of(recording, SpikeEmbeddingConfig.defaults());
        int moves = (embedding.bins() + 4) / 5;
        double[] movetimes = new double[moves];
        for (int i = 0; i < moves; i++) {
            movetimes[i] = 5.0 * i;
        }
        double[] indstemp = new double[points];
        landmarkPhase = new double[points][];
        for (int k = 0; k < points; k++) {
            indstemp[k] = Math.floorDiv((long) k * moves, points);
            landmarkPhase[k] = phase((int) movetimes[(int) indstemp[k]]);
        }
        double[] dist = new double[points * points];
        for (int i = 0; i < points; i++) {
            for (int j = 0; j < points; j++) {
                double a = wrap(landmarkPhase[j][0] - landmarkPhase[i][0]);
                double b = wrap(landmarkPhase[j][1] - landmarkPhase[i][1]);
                dist[i * points + j] = Math.sqrt(a * a + b * b);
            }
        }
        // Bars: (0.05, 2.5) and (0.06, 2.3) are the torus; (0.3, 0.35) is noise.
        double[] dgm = {0.05, 2.5, 0.3, 0.35, 0.06, 2.3};
        java.util.List<long[]> rows = new java.util.ArrayList<>();
        long[] offsets = new long[4];
        crossings(0, points, rows);
        offsets[1] = rows.size();
        rows.add(new long[] {1, 0, 3});
        rows.add(new long[] {2, 1, 44});
        offsets[2] = rows.size();
        crossings(1, points, rows);
        offsets[3] = rows.size();
        double[] cc = new double[rows.size() * 3];
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < 3; c++) {
                cc[3 * r + c] = rows.get(r)[c];
            }
        }
        persistence = new LinkedHashMap<>();
        persistence.put("dgm1", NumericArray.of(dgm, 3, 2));
        persistence.put("cocycles1", NumericArray.of(cc, rows.size(), 3));
        persistence.put("cocycles1_offsets", NumericArray.of(java.util.Arrays.stream(offsets).asDoubleStream()
                .toArray()));
        persistence.put("dperm2all", NumericArray.of(dist, points, points));
        persistence.put("indstemp", NumericArray.of(indstemp));
        persistence.put("movetimes", NumericArray.of(movetimes));
    }

    /** The true phase in [0, 2π)² of speed-filtered bin {@code bin}. */
    public double[] phase(int bin) {
        double[] p = model.phase(embedding.xx()[bin], embedding.yy()[bin]);
        return new double[] {mod(p[0]), mod(p[1])};
    }

    /** Cocycle rows (larger vertex, smaller vertex, value mod 47) counting crossings of phase c = 0 upward. */
    private void crossings(int c, int points, java.util.List<long[]> rows) {
        for (int large = 0; large < points; large++) {
            for (int small = 0; small < large; small++) {
                double raw = landmarkPhase[large][c] - landmarkPhase[small][c];
                long z = Math.round((raw - wrap(raw)) / (2 * Math.PI));
                if (z != 0) {
                    rows.add(new long[] {large, small, Math.floorMod(z, 47)});
                }
            }
        }
    }

    static double wrap(double a) {
        return a - 2 * Math.PI * Math.rint(a / (2 * Math.PI));
    }

    static double mod(double a) {
        double m = a % (2 * Math.PI);
        return m < 0 ? m + 2 * Math.PI : m;
    }
}

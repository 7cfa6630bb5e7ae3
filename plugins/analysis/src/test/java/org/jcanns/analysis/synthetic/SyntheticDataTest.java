package org.jcanns.analysis.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.jcanns.analysis.data.GridRecording;
import org.junit.jupiter.api.Test;

/** The synthetic data sets are reproducible for a seed and carry the structure they are made to have. */
class SyntheticDataTest {
    private static double circularDistance(double a, double b) {
        double d = Math.abs(a - b) % (2 * Math.PI);
        return Math.min(d, 2 * Math.PI - d);
    }

    @Test
    void roiTracesPeakAtTheBump() {
        SyntheticRoi.Data d = SyntheticRoi.defaults().generate(3);
        assertArrayEquals(new int[] {500, 16}, d.data().shape());
        assertArrayEquals(d.data().values(), SyntheticRoi.defaults().generate(3).data().values(), 0.0);
        assertFalse(Arrays.equals(d.data().values(), SyntheticRoi.defaults().generate(4).data().values()));
        int near = 0;
        for (int t = 0; t < 500; t++) {
            int best = 0;
            for (int j = 1; j < 16; j++) {
                best = d.data().get(t, j) > d.data().get(t, best) ? j : best;
            }
            // The brightest ROI is the one nearest the bump: within half an ROI spacing (π/16) plus noise.
            near += circularDistance(2 * Math.PI * best / 16, d.position()[t]) <= Math.PI / 16 + 0.05 ? 1 : 0;
            assertTrue(Arrays.stream(d.data().values()).allMatch(v -> v > 0), "fluorescence stays positive");
        }
        assertTrue(near >= 490, near + " of 500 frames peak at the bump");
    }

    @Test
    void headDirectionCellsFireAroundTheirPreferredDirection() {
        SyntheticHeadDirection hd = SyntheticHeadDirection.defaults().with(8, 120);
        SyntheticHeadDirection.Data d = hd.generate(5);
        GridRecording r = d.recording();
        assertArrayEquals(r.spikeTimes(), hd.generate(5).recording().spikeTimes(), 0.0);
        for (int n = 0; n < 8; n++) {
            double[] s = r.spikes(n);
            assertTrue(s.length > 100, "cell " + n + " fired " + s.length);
            double c = 0;
            double sn = 0;
            for (double time : s) {
                double h = d.heading()[(int) (time / hd.dt())];
                c += Math.cos(h);
                sn += Math.sin(h);
            }
            assertTrue(circularDistance(Math.atan2(sn, c), d.preferred()[n]) < 0.15, "cell " + n);
            for (int i = 1; i < s.length; i++) {
                assertTrue(s[i] >= s[i - 1], "spike times sorted");
            }
        }
    }

    @Test
    void gridCellsFireAtTheirTorusPhase() {
        SyntheticGridCells g = SyntheticGridCells.defaults().with(3, 200);
        SyntheticGridCells.Data d = g.generate(11);
        GridRecording r = d.recording();
        assertEquals(9, r.cells());
        assertEquals(20000, r.t().length);
        assertTrue(Arrays.stream(r.x()).allMatch(v -> v >= 0 && v <= g.box()), "x inside the box");
        double h = Math.sqrt(3) / 2;
        for (int n = 0; n < 9; n++) {
            double c1 = 0;
            double c2 = 0;
            double[] s = r.spikes(n);
            for (double time : s) {
                int k = (int) (time / g.dt());
                double cos = Math.cos(-g.orientation());
                double sin = Math.sin(-g.orientation());
                double rx = cos * r.x()[k] - sin * r.y()[k];
                double ry = sin * r.x()[k] + cos * r.y()[k];
                double b2 = ry / (g.spacing() * h);
                double b1 = rx / g.spacing() - 0.5 * b2;
                c1 += Math.cos(2 * Math.PI * b1 - d.phaseOffsets()[2 * n]);
                c2 += Math.cos(2 * Math.PI * b2 - d.phaseOffsets()[2 * n + 1]);
            }
            assertTrue(c1 / s.length > 0.5 && c2 / s.length > 0.5, "cell " + n + " spikes lock to its phase: "
                    + c1 / s.length + ", " + c2 / s.length);
        }
    }

    @Test
    void badSizesNameTheParameter() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SyntheticRoi.defaults().withSize(1, 16));
        assertEquals("frames must be >= 2, got 1", e.getMessage());
    }
}

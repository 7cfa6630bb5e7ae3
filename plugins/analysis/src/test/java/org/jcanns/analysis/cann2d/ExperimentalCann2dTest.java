package org.jcanns.analysis.cann2d;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jcanns.analysis.decode.TorusAgreement;
import org.jcanns.analysis.synthetic.SyntheticGridCells;
import org.jcanns.analysis.tda.TdaConfig;
import org.jcanns.core.topology.Metric;
import org.jcanns.spi.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * The whole chain on synthetic grid cells: persistent homology finds the torus (two long H1 bars) and the decoded
 * angles follow the cells' true torus phases up to the torus' symmetries (0.93 and 0.97 measured).
 */
class ExperimentalCann2dTest {
    /** Circular correlation each decoded angle must reach with a torus coordinate. */
    static final double BOUND = 0.85;

    @Test
    void theChainDecodesTheTorusOfSyntheticGridCells() {
        SyntheticGridCells d = SyntheticGridCells.defaults();
        SyntheticGridCells model = new SyntheticGridCells(6, 200, d.dt(), d.box(), d.spacing(), d.orientation(), 30,
                d.kappa(), d.speed());
        var recording = model.generate(3).recording();
        TdaConfig tda = new TdaConfig(6, 5, 3000, 300, 400, Metric.COSINE, 300, 1, 47, 0, 0);
        ExperimentalCann2d.Result r = ExperimentalCann2d.run(recording, ExperimentalCann2d.Config.canns()
                .withTda(tda).withProjection(0, null), 2, ProgressListener.NONE);
        assertEquals(400, r.tda().nPoints());
        int[] times = r.decoding().times();
        double[] truth1 = new double[times.length];
        double[] truth2 = new double[times.length];
        for (int t = 0; t < times.length; t++) {
            double[] p = model.phase(r.embedding().xx()[times[t]], r.embedding().yy()[times[t]]);
            truth1[t] = p[0];
            truth2[t] = p[1];
        }
        double[][] best = new double[2][];
        for (int c = 0; c < 2; c++) {
            best[c] = TorusAgreement.best(TorusAgreement.column(r.decoding().coords(), c), truth1, truth2);
            assertTrue(best[c][0] >= BOUND, "decoded angle " + c + " correlates " + best[c][0]
                    + " with its best torus coordinate (" + best[c][1] + ", " + best[c][2] + ")");
        }
        assertNotEquals(0, best[0][1] * best[1][2] - best[0][2] * best[1][1],
                "the two angles follow independent torus coordinates");
    }
}

package org.jcanns.analysis.bump;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sampler's likelihood terms equal canns' (written out in numpy/scipy by bump_reference.py) on the same states. */
class BumpLikelihoodReferenceTest {
    private static final int ROIS = 16;
    private static final int MAX = 6;
    private static Map<String, double[]> ref;
    private static long[] counts;

    @BeforeAll
    static void reference(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("terms.npz");
        Python.run(Python.script("bump_reference.py"), "terms", out.toString());
        ref = new java.util.HashMap<>();
        try (Arena arena = Arena.ofConfined()) {
            for (Map.Entry<String, NpyArray> e : Npz.load(out, arena).entrySet()) {
                ref.put(e.getKey(), e.getValue().toDoubles());
            }
            counts = Npz.load(out, arena).get("counts").toLongs();
        }
    }

    private static BumpModel model(BumpFitsConfig.I0 i0, BumpFitsConfig.Matching matching) {
        return new BumpModel(BumpFitsConfig.defaults().withForms(i0, matching).withBumpMax(MAX));
    }

    /** Bump slot b of frame f of case c in the reference's (cases, 2, MAX) arrays. */
    private static int at(int c, int f, int b) {
        return (c * 2 + f) * MAX + b;
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void siteTermsWithBothI0Forms() {
        for (BumpFitsConfig.I0 form : BumpFitsConfig.I0.values()) {
            BumpModel m = model(form, BumpFitsConfig.Matching.AUTO);
            double[] expected = ref.get(form == BumpFitsConfig.I0.EXACT ? "site_exact" : "site_numba");
            for (int c = 0; c < expected.length; c++) {
                int n = (int) counts[c * 2];
                double[] norm = new double[n];
                double[] ampli = new double[n];
                double[] prof = new double[n * ROIS];
                for (int b = 0; b < n; b++) {
                    norm[b] = m.normaliser(ref.get("kappa")[at(c, 0, b)]);
                    ampli[b] = ref.get("ampli")[at(c, 0, b)];
                    m.profile(ref.get("pos")[at(c, 0, b)], ref.get("kappa")[at(c, 0, b)], prof, b * ROIS);
                }
                assertClose(expected[c], m.site(ref.get("y"), c * ROIS, n, ampli, norm, 0, prof, 0),
                        form + " site term, case " + c + " (" + n + " bumps)");
            }
        }
    }

    @Test
    void couplingTermsWithBothMatchings() {
        for (BumpFitsConfig.Matching matching : BumpFitsConfig.Matching.values()) {
            BumpModel m = model(BumpFitsConfig.I0.EXACT, matching);
            double[] expected = ref.get(matching == BumpFitsConfig.Matching.AUTO ? "coup_auto" : "coup_hungarian");
            double[] pos = ref.get("pos");
            for (int c = 0; c < expected.length; c++) {
                int n1 = (int) counts[c * 2];
                int n2 = (int) counts[c * 2 + 1];
                assertClose(expected[c], m.coupling(pos, at(c, 0, 0), n1, pos, at(c, 1, 0), n2),
                        matching + " coupling, case " + c + " (" + n1 + " and " + n2 + " bumps)");
            }
        }
    }

    @Test
    void besselI0AgreesWithScipy() {
        double[] x = ref.get("i0_x");
        for (int i = 0; i < x.length; i++) {
            assertEquals(ref.get("i0")[i], Bessel.i0(x[i]), 4e-15 * ref.get("i0")[i], "I0(" + x[i] + ")");
            assertEquals(ref.get("i0_numba")[i], Bessel.i0Numba(x[i]), 1e-15 * ref.get("i0_numba")[i],
                    "numba I0(" + x[i] + ")");
        }
    }
}

package org.jcanns.analysis.tda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.jcanns.core.topology.Metric;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * tda_vis' steps before persistence against a numpy/scipy transcription of canns' code
 * ({@code src/test/python/tda_vis_reference.py}): active times, PCA projection, fuzzy-graph bandwidths, greedy
 * landmarks and the landmark distances.
 */
class TdaVisReferenceTest {
    private static final int T = 3000;
    private static final int N = 40;

    @ParameterizedTest
    @EnumSource(Metric.class)
    void denoisingStepsMatchNumpy(Metric metric, @TempDir Path dir) throws Exception {
        double[] embed = TorusPopulation.generate(T, N, 7);
        TdaConfig config = new TdaConfig(6, 5, 500, 100, 150, metric, 60, 1, 47, 0, 0);
        Path in = dir.resolve("embed.npy");
        Npy.save(in, NpyArray.ofDoubles(embed, T, N));
        Path out = dir.resolve("ref.npz");
        Python.run(Python.script("tda_vis_reference.py"), in.toString(), out.toString(), "6", "5", "500", "100", "150",
                metric.name().toLowerCase(java.util.Locale.ROOT), "60");
        TdaVis.Landmarks l = TdaVis.landmarks(embed, T, N, config);
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> ref = Npz.load(out, arena);
            assertArrayEquals(ints(ref.get("movetimes")), l.movetimes(), "movetimes");
            assertSameUpToColumnSigns(ref.get("dimred").toDoubles(), l.dimred(), 6);
            double[] sigmas = ref.get("sigmas").toDoubles();
            for (int i = 0; i < sigmas.length; i++) {
                assertEquals(sigmas[i], l.sigmas()[i], 1e-9 * sigmas[i], "sigma " + i);
            }
            assertArrayEquals(ints(ref.get("indstemp")), l.indstemp(), "landmarks");
            double[] d = ref.get("d").toDoubles();
            int finite = 0;
            for (int i = 0; i < d.length; i++) {
                if (Double.isInfinite(d[i])) {
                    assertEquals(d[i], l.d()[i], "absent edge " + i);
                } else {
                    finite++;
                    assertEquals(d[i], l.d()[i], 1e-9 * Math.max(1, Math.abs(d[i])), "distance " + i);
                }
            }
            assertTrue(finite < d.length, "some pairs are not neighbours");
        }
    }

    private static int[] ints(NpyArray a) {
        return java.util.Arrays.stream(a.toLongs()).mapToInt(Math::toIntExact).toArray();
    }

    /** PCA axes have arbitrary signs (numpy's LAPACK and our Jacobi choose differently): compare column by column. */
    private static void assertSameUpToColumnSigns(double[] expected, double[] actual, int dim) {
        assertEquals(expected.length, actual.length);
        int rows = expected.length / dim;
        for (int c = 0; c < dim; c++) {
            double dot = 0;
            for (int r = 0; r < rows; r++) {
                dot += expected[r * dim + c] * actual[r * dim + c];
            }
            double sign = Math.signum(dot);
            for (int r = 0; r < rows; r++) {
                assertEquals(expected[r * dim + c], sign * actual[r * dim + c], 1e-8, "dimred (" + r + ", " + c + ")");
            }
        }
    }
}

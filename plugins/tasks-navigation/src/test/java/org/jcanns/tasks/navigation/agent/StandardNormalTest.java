package org.jcanns.tasks.navigation.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.Python;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The normal tail and quantile agree with scipy's erfc and norm.ppf within their stated accuracy. */
class StandardNormalTest {
    @TempDir
    Path dir;

    @Test
    void agreeWithScipy() throws Exception {
        Path file = dir.resolve("normal.npz");
        Python.run(Python.script("navigation_reference.py"), "normal", file.toString());
        Map<String, NpyArray> ref = Npz.load(file, Arena.ofAuto());
        double[] x = ref.get("x").toDoubles();
        double[] erfc = ref.get("erfc").toDoubles();
        for (int i = 0; i < x.length; i++) {
            double rel = Math.abs(StandardNormal.erfc(x[i]) - erfc[i]) / erfc[i];
            assertTrue(rel < 1.2e-7, "erfc(" + x[i] + ") relative error " + rel);
        }
        double[] p = ref.get("p").toDoubles();
        double[] ppf = ref.get("ppf").toDoubles();
        for (int i = 0; i < p.length; i++) {
            double err = Math.abs(StandardNormal.quantile(p[i]) - ppf[i]);
            assertTrue(err <= 1.2e-9 * Math.max(1, Math.abs(ppf[i])), "quantile(" + p[i] + ") error " + err);
        }
    }

    @Test
    void rayleighTransformsInvertEachOther() {
        for (double s = 0.01; s < 0.2; s += 0.003) {
            double z = RayleighSpeed.normalOf(s, 0.04);
            assertEquals(s, RayleighSpeed.speedOf(z, 0.04), 2e-7 * s, "speed " + s);
        }
        assertEquals(4.7534, RayleighSpeed.Z_MAX, 1e-4, "the clip at 1e-6 bounds z");
    }
}

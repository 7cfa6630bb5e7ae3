package org.jcanns.models.cann;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.List;
import java.util.Map;
import org.jcanns.core.random.Seeds;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.param.ParameterException;
import org.junit.jupiter.api.Test;

/** The 2D feature space (axis order, duplicated end points), defaults and parameter errors of the 2D CANNs. */
class Cann2DTest {
    private static Cann2D cann(org.jcanns.spi.model.ModelProvider p, Map<String, String> params) {
        return (Cann2D) p.create(p.parameters().parse(params), new ModelContext(0.1, Seeds.generator(0), Kernels.best()));
    }

    private static int argmax(Tensor t) {
        int best = 0;
        for (int i = 1; i < t.size(); i++) {
            if (t.get(i) > t.get(best)) {
                best = i;
            }
        }
        return best;
    }

    @Test
    void positionZeroMovesAlongColumns() {
        try (Cann2D c = cann(new Cann2DProvider(), Map.of("length", "17")); Arena arena = Arena.ofConfined()) {
            assertEquals(List.of(17, 17), List.of(c.shape()[0], c.shape()[1]));
            assertEquals(2, c.dimensions());
            Tensor s = Tensor.allocate(arena, 17, 17);
            c.stimulusAt(new double[] {c.x().get(3), c.x().get(10)}, s);
            assertEquals(10 * 17 + 3, argmax(s), "neuron i·L + j sits at (x[j], x[i])");
            assertEquals(10.0, s.get(10 * 17 + 3), 1e-5);
            assertEquals(17 / (2 * Math.PI), c.rho(), 1e-12);
        }
    }

    @Test
    void theDuplicatedRowsAndColumnsStayEqual() {
        for (String op : new String[] {"dense", "fft", "separable", "spectral"}) {
            // The spectral product needs a ring long enough to drop frequencies of a = 0.5.
            int l = op.equals("spectral") ? 40 : 12;
            try (Cann2D c = cann(new Cann2DSfaProvider(), Map.of("length", "" + l, "operator", op, "A", "5", "a",
                    "0.5"));
                 Arena arena = Arena.ofConfined()) {
                Tensor inp = Tensor.allocate(arena, l, l);
                c.stimulusAt(new double[] {2.9, -0.4}, inp);
                for (int t = 0; t < 30; t++) {
                    c.step(name -> inp);
                }
                Tensor u = c.state("u");
                assertTrue(u.get(0) != 0);
                for (int k = 0; k < l; k++) {
                    assertEquals(u.get(k), u.get((l - 1) * l + k), 1e-6, op + ": last row duplicates the first");
                    assertEquals(u.get(k * l), u.get(k * l + l - 1), 1e-6, op + ": last column duplicates the first");
                }
            }
        }
        ParameterException narrow = assertThrows(ParameterException.class,
                () -> cann(new Cann2DProvider(), Map.of("length", "12", "operator", "spectral")));
        assertEquals("operator", narrow.parameter());
    }

    @Test
    void defaultsFollowCanns() {
        try (Cann2D m = cann(new Cann2DSfaProvider(), Map.of("length", "20"))) {
            assertEquals(List.of("u", "r", "inp", "v"), m.stateNames());
            assertEquals(0.3, ((Cann2D) m).a, 0);
            assertEquals(0.2, ((Cann2D) m).amplitude(), 0);
            assertEquals("separable", m.operator(), "auto picks the two matrix products for 19×19 cells");
        }
        try (Cann2D m = cann(new Cann2DProvider(), Map.of("length", "8"))) {
            assertEquals(List.of("u", "r", "inp"), m.stateNames());
            assertEquals("dense", m.operator(), "auto keeps a 7×7 torus dense");
        }
        try (Cann2D m = cann(new Cann2DProvider(), Map.of("length", "128"))) {
            assertEquals("spectral", m.operator(), "auto: a = 0.5 keeps 21 of 127 frequencies per axis");
        }
    }

    @Test
    void rejectsBadParameters() {
        ParameterException length = assertThrows(ParameterException.class,
                () -> cann(new Cann2DProvider(), Map.of("length", "1")));
        assertEquals("parameter 'length' of model 'cann2d': expected an integer >= 2, got 1", length.getMessage());
        try (Cann2D c = cann(new Cann2DProvider(), Map.of("length", "4")); Arena arena = Arena.ofConfined()) {
            assertThrows(IllegalArgumentException.class, () -> c.stimulusAt(new double[] {0}, Tensor.allocate(arena, 16)));
        }
    }
}

package org.jcanns.models.cann;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.Map;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.random.Seeds;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.param.ParameterException;
import org.junit.jupiter.api.Test;

/** The feature space, the duplicated end point, and parameter errors of the 1D CANNs. */
class Cann1DTest {
    private static Cann1D cann(Map<String, String> params) {
        var p = new Cann1DProvider();
        return (Cann1D) p.create(p.parameters().parse(params), new ModelContext(0.1, Seeds.generator(0), Kernels.best()));
    }

    @Test
    void featureSpaceFollowsCanns() {
        try (Cann1D c = cann(Map.of("num", "9"))) {
            assertEquals((float) -Math.PI, c.x().get(0));
            assertEquals((float) Math.PI, c.x().get(8), "linspace includes the end point");
            assertEquals(9 / (2 * Math.PI), c.rho(), 1e-12);
            assertEquals(10.0, c.amplitude());
            try (Arena arena = Arena.ofConfined()) {
                Tensor s = Tensor.allocate(arena, 9);
                c.stimulusAt(new double[] {Math.PI}, s);
                // Neurons 0 and 8 sit on the same ring point, where the stimulus peaks at A.
                assertEquals(10.0, s.get(0), 1e-5);
                assertEquals(10.0, s.get(8), 1e-5);
                double d = 2 * Math.PI / 8;
                assertEquals(10 * Math.exp(-0.25 * (d / 0.5) * (d / 0.5)), s.get(7), 1e-5, "width sqrt(2)·a");
            }
        }
    }

    @Test
    void theDuplicatedNeuronsStayEqual() {
        try (Cann1D c = cann(Map.of("num", "64"))) {
            try (Arena arena = Arena.ofConfined()) {
                Tensor inp = Tensor.allocate(arena, 64);
                c.stimulusAt(new double[] {0.3}, inp);
                for (int t = 0; t < 50; t++) {
                    c.step(name -> inp);
                }
                assertEquals(c.state("u").get(0), c.state("u").get(63), 1e-6);
                assertTrue(c.state("u").get(0) != 0);
            }
        }
    }

    @Test
    void rejectsBadParameters() {
        ParameterException num = assertThrows(ParameterException.class, () -> cann(Map.of("num", "1")));
        assertEquals("parameter 'num' of model 'cann1d': expected an integer >= 2, got 1", num.getMessage());
        ParameterException range = assertThrows(ParameterException.class,
                () -> cann(Map.of("z_min", "1", "z_max", "1")));
        assertEquals("z_max", range.parameter());
        assertThrows(IllegalArgumentException.class, () -> cann(Map.of()).state("w"));
        ParameterException narrow = assertThrows(ParameterException.class,
                () -> cann(Map.of("num", "512", "a", "0.01", "operator", "spectral")));
        assertEquals("operator", narrow.parameter());
        assertTrue(narrow.getMessage().contains("float32 resolution"), narrow.getMessage());
        assertEquals("fft", cann(Map.of("num", "512", "a", "0.01")).operator(), "auto falls back to the FFT");
    }

    @Test
    void sfaHasAdaptationState() {
        var p = new Cann1DSfaProvider();
        try (Cann1D m = (Cann1D) p.create(p.parameters().defaults(), new ModelContext(0.1, Seeds.generator(0),
                Kernels.best()))) {
            assertEquals(java.util.List.of("u", "r", "inp", "v"), m.stateNames());
            assertEquals(0.3, ((Cann1D) m).a, 0);
            assertEquals("spectral", m.operator(), "auto: a = 0.3 keeps 17 frequencies of 511 (rank 35)");
            assertTrue(Kernels.best().elementWise().allFinite(m.state("v")));
        }
    }
}

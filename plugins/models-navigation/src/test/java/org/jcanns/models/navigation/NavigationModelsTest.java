package org.jcanns.models.navigation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.registry.Registry;
import org.jcanns.models.navigation.hierarchical.BandCell;
import org.jcanns.models.navigation.hierarchical.BandCellProvider;
import org.jcanns.models.navigation.hierarchical.GaussRecUnitsProvider;
import org.jcanns.models.navigation.hierarchical.NonRecUnits;
import org.jcanns.models.navigation.theta.GridCellNetworkProvider;
import org.jcanns.models.navigation.theta.ThetaModulation;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.ParameterException;
import org.junit.jupiter.api.Test;

/** Registration, canns' update details and the errors of the navigation models. */
class NavigationModelsTest {
    private static Model create(ModelProvider p, Map<String, String> params, long seed, double dt) {
        return p.create(p.parameters().parse(params), new ModelContext(dt, Seeds.generator(seed), Kernels.best()));
    }

    @Test
    void everyModelIsFoundByName() throws Exception {
        try (Registry registry = Registry.discover()) {
            assertTrue(registry.models().names().containsAll(List.of("gauss-rec-units", "non-rec-units", "band-cell",
                    "hierarchical-grid-cell", "path-integration-module", "hierarchical-network",
                    "direction-cell-network", "grid-cell-network")), registry.models().names().toString());
            for (String name : List.of("band-cell", "direction-cell-network", "grid-cell-network")) {
                ModelProvider p = registry.model(name);
                try (Model m = create(p, Map.of(), 0, 0.1)) {
                    assertFalse(m.inputs().isEmpty(), name + " declares its inputs");
                }
            }
        }
    }

    @Test
    void nonRecUnitRatesLagTheirInputByOneStep() {
        try (Arena arena = Arena.ofConfined();
             NonRecUnits units = new NonRecUnits(3, 0.1, 0, 0.01, Kernels.best(), Seeds.generator(0))) {
            Tensor input = Tensor.of(arena, new float[] {1, -2, 3});
            units.update(input);
            assertArrayEquals(new float[] {0, 0, 0}, units.r().toArray(), "r comes from the old u");
            float[] u1 = units.u().toArray();
            assertEquals(0.1f, u1[0], 1e-6f);
            units.update(input);
            assertArrayEquals(new float[] {u1[0], 0, u1[2]}, units.r().toArray(), "relu of the previous u");
        }
    }

    @Test
    void noiseIsSeeded() {
        float[][] runs = new float[3][];
        long[] seeds = {5, 5, 6};
        for (int k = 0; k < 3; k++) {
            try (Arena arena = Arena.ofConfined();
                 NonRecUnits units = new NonRecUnits(50, 0.1, 2.0, 0.1, Kernels.best(), Seeds.generator(seeds[k]))) {
                units.update(Tensor.allocate(arena, 50));
                runs[k] = units.r().toArray();
            }
        }
        assertArrayEquals(runs[0], runs[1], "same seed, same noise");
        assertFalse(Arrays.equals(runs[0], runs[2]), "another seed, other noise");
    }

    @Test
    void gaussRecUnitsStartFromTheirBump() {
        var p = new GaussRecUnitsProvider();
        try (Model ring = create(p, Map.of("size", "90", "operator", "dense"), 0, 0.1)) {
            double a = 2 * Math.PI / 9;
            double g0 = 1 / (Math.sqrt(2 * Math.PI) * a);
            assertEquals(10 * g0 * Math.exp(-0.5 * Math.pow(-Math.PI / a, 2)), ring.state("u").get(0), 1e-6);
            assertEquals(30 * g0, ring.state("r").get(45), 1e-5, "r = 30·G(0) at x = 0");
            try (Arena arena = Arena.ofConfined()) {
                Tensor none = Tensor.allocate(arena, 90);
                ring.step(name -> none);
                assertEquals(0, ring.state("center").get(0), 1e-6, "a bump at 0 decodes to 0");
            }
        }
    }

    @Test
    void bandCellsIntegrateVelocityAlongTheirDirection() {
        var p = new BandCellProvider();
        try (BandCell band = (BandCell) create(p, Map.of("noise", "0", "spacing", "2"), 0, 0.1)) {
            // proj_k = (2π/spacing)(cos(−π/2), sin(−π/2)) = (0, −π): v_φ = −π·vy.
            double before = band.center();
            for (int t = 0; t < 40; t++) {
                band.update(0, -0.05, 0, 0, 0);
            }
            assertEquals(40 * Math.PI * 0.05 * 0.1, band.state("center_ideal").get(0), 1e-5, "ideal centre");
            assertTrue(band.center() - before > 0.05, "the bump moved with v_φ > 0: " + before + " -> "
                    + band.center());
        }
    }

    @Test
    void thetaModulationFollowsCanns() {
        ThetaModulation start = ThetaModulation.at(0, 0.5, 0.2, 1.0, 0.5, 100, 1.0);
        assertEquals(-Math.PI, start.phase(), 1e-12);
        assertEquals(1 - 1.0 * 0.7, start.hd(), 1e-12);
        assertEquals(1 - 0.5 * 1.0, start.gc(), 1e-12);
        ThetaModulation middle = ThetaModulation.at(150, 1.0, -1.0, 1.0, 0.5, 100, 1.0);
        assertEquals(0, middle.phase(), 1e-12, "t mod cycle = 50: the middle of the cycle");
        assertEquals(1 - 0.5, middle.hd(), 1e-12, "0.5 + angular gain may be negative, as in canns");
        assertEquals(1 + 0.75, middle.gc(), 1e-12);
    }

    @Test
    void gridCellNetworkChecksItsInputsAndConnectionNoise() {
        var p = new GridCellNetworkProvider();
        ParameterException fft = assertThrows(ParameterException.class, () -> create(p, Map.of("num_gc_x", "8",
                "conn_noise", "0.01", "operator", "fft"), 0, 1));
        assertEquals("operator", fft.parameter());
        float[][] r = new float[3][];
        String[] noise = {"0.01", "0.01", "0"};
        for (int k = 0; k < 3; k++) {
            try (Arena arena = Arena.ofConfined();
                 Model gc = create(p, Map.of("num_gc_x", "8", "num_dc", "6", "conn_noise", noise[k],
                         "noise_strength", "0"), 3, 1)) {
                assertEquals(k < 2 ? "dense" : "fft", ReportsOperator.of(gc), "connection noise needs the dense W");
                Tensor pos = Tensor.of(arena, new float[] {0.1f, 0.2f});
                Tensor dc = Tensor.of(arena, new float[] {0, 1, 3, 1, 0, 0});
                Tensor theta = Tensor.of(arena, new float[] {1});
                Map<String, Tensor> in = Map.of("pos", pos, "dc_r", dc, "theta_mod", theta);
                for (int t = 0; t < 5; t++) {
                    gc.step(in::get);
                }
                r[k] = gc.state("r").toArray();
                Tensor wrong = Tensor.allocate(arena, 5);
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> gc.step(Map.of("pos", pos, "dc_r", wrong, "theta_mod", theta)::get));
                assertTrue(e.getMessage().contains("dc_r needs 6"), e.getMessage());
            }
        }
        // Equal up to float rounding: with the panama tier, results before and after JIT compilation differ in the
        // last bits (the Vector API's lane reductions), and 5 steps amplify that a little.
        double max = 0;
        for (float v : r[0]) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < r[0].length; i++) {
            assertEquals(r[0][i], r[1][i], 1e-5 * max, "the connection noise is seeded, neuron " + i);
        }
        double change = 0;
        for (int i = 0; i < r[0].length; i++) {
            change = Math.max(change, Math.abs(r[0][i] - r[2][i]) / Math.max(1e-30, Math.abs(r[2][i])));
        }
        assertTrue(change > 1e-3, "and changes the dynamics: " + change);
    }

    @Test
    void connectivitySharesIdenticalOperators() {
        try (Connectivity c = new Connectivity(OperatorChoice.FFT, Kernels.best())) {
            float[] k = {1, 0.5f, 0.25f, 0.5f};
            assertTrue(c.ring(k) == c.ring(k.clone()), "same kernel, same operator");
            assertFalse(c.ring(k) == c.ring(new float[] {1, 0, 0, 0}));
            assertThrows(IllegalArgumentException.class, () -> c.torus(k, 3));
        }
    }
}

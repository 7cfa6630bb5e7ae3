package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2D CANNs and the navigation models by name through {@code jcanns simulate}, tasks and {@code --input}. */
class ModelsCliTest {
    @Test
    void cann2dTracksA2dPath(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("c2.npz");
        CliTest.Run r = CliTest.jcanns("simulate", "--model", "cann2d", "-p", "length=24", "--task",
                "smooth-tracking-2d", "-t", "iext=-2,0.5,1,-1.5,1,-1.5", "-t", "duration=5,5", "--dt", "0.1", "--record", "u",
                "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena);
            assertArrayEquals(new int[] {100, 24, 24}, z.get("u").shape());
            assertArrayEquals(new int[] {24}, z.get("x").shape());
            // The stimulus moves to (1, −1.5) and stays: the bump peaks near column x = 1, row y = −1.5.
            int best = 0;
            for (int i = 1; i < 24 * 24; i++) {
                if (z.get("u").getDouble(99L * 576 + i) > z.get("u").getDouble(99L * 576 + best)) {
                    best = i;
                }
            }
            double[] x = z.get("x").toDoubles();
            assertEquals(1.0, x[best % 24], 0.3, "column");
            assertEquals(-1.5, x[best / 24], 0.3, "row");
        }
    }

    @Test
    void hierarchicalNetworkReadsItsInputsFromAFile(@TempDir Path dir) throws Exception {
        int steps = 30;
        double[] velocity = new double[2 * steps], loc = new double[2 * steps], strength = new double[steps];
        for (int t = 0; t < steps; t++) {
            velocity[2 * t] = 0.1;
            loc[2 * t] = 2.5 + 0.01 * t;
            loc[2 * t + 1] = 2.5;
            strength[t] = t < 20 ? 100 : 0;
        }
        Map<String, NpyArray> inputs = new LinkedHashMap<>();
        inputs.put("velocity", NpyArray.ofDoubles(velocity, steps, 2));
        inputs.put("loc", NpyArray.ofDoubles(loc, steps, 2));
        inputs.put("loc_input_stre", NpyArray.ofDoubles(strength, steps));
        Path in = dir.resolve("in.npz");
        Npz.save(in, inputs, false);
        Path out = dir.resolve("h.npz");
        CliTest.Run r = CliTest.jcanns("simulate", "--model", "hierarchical-network", "-p", "num_module=2", "-p",
                "num_place=10", "--input", in.toString(), "--dt", "0.1", "--record", "decoded_pos,grid_fr",
                "--out", out.toString(), "-q");
        assertEquals(0, r.code(), r.err());
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(out, arena);
            assertEquals(List.of("decoded_pos", "grid_fr", "t"), List.copyOf(z.keySet()));
            assertArrayEquals(new int[] {steps, 2, 400}, z.get("grid_fr").shape());
            assertEquals(2.7, z.get("decoded_pos").getDouble(2L * (steps - 1)), 0.3, "decoded x near the location");
        }
    }

    @Test
    void aMissingInputArrayIsNamed(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in.npz");
        Npz.save(in, Map.of("pos", NpyArray.ofDoubles(new double[] {0, 0}, 1, 2)), false);
        Path out = dir.resolve("never.npz");
        CliTest.Run r = CliTest.jcanns("simulate", "--model", "grid-cell-network", "-p", "num_gc_x=10", "--input",
                in.toString(), "--dt", "1", "--out", out.toString(), "-q");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("'dc_r'"), r.err());
        assertTrue(Files.notExists(out));
    }

    @Test
    void connectionNoiseNeedsADenseOperator() {
        CliTest.Run r = CliTest.jcanns("simulate", "--model", "direction-cell-network", "-p", "conn_noise=0.1", "-p",
                "operator=fft", "--input", "whatever.npz", "--dt", "1", "-q");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("operator"), r.err());
    }
}

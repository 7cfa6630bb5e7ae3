package org.jcanns.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcanns.core.testing.DecayModel;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;

/** The step loop: inputs per step (repeating), recording every k-th step, progress, divergence detection. */
class SimulationTest {
    private static final double DT = 0.5;

    /** Inputs 0, 1, 2, ... per step, the same for each of the 2 neurons. */
    private static InputSource ramp(Arena arena, int rows) {
        Tensor inp = Tensor.allocate(arena, rows, 2);
        for (int t = 0; t < rows; t++) {
            inp.set(t, 0, t);
            inp.set(t, 1, t);
        }
        return InputSource.of(Map.of("inp", inp));
    }

    /** u after each step of u ← u + dt·(inp − u) with inputs cycling through 0..rows−1, in float as the model. */
    private static float[] expectedU(int steps, int rows) {
        float[] u = new float[steps];
        float x = 0;
        for (int s = 0; s < steps; s++) {
            x = (float) (x + DT * ((s % rows) - x));
            u[s] = x;
        }
        return u;
    }

    @Test
    void reportsEveryStepAndTimesTheLoop() {
        try (Arena arena = Arena.ofConfined(); DecayModel m = new DecayModel(2, 1.0, DT)) {
            List<long[]> progress = new ArrayList<>();
            try (Recording rec = Simulation.of(m, DT).inputs(ramp(arena, 4)).steps(10)
                    .progress((done, total) -> progress.add(new long[] {done, total})).run()) {
                assertEquals(10, rec.steps());
                // 10 steps report every step (every 1/1000 of the run, at least every step), in order.
                assertEquals(10, progress.size());
                for (int i = 0; i < 10; i++) {
                    assertArrayEquals(new long[] {i + 1, 10}, progress.get(i));
                }
                // The rates' arithmetic is LoopClockTest's, on a clock of its own; here only that the times exist.
                assertTrue(rec.seconds() > 0, "seconds " + rec.seconds());
                assertTrue(rec.steadyStepsPerSecond() > 0 && Double.isFinite(rec.steadyStepsPerSecond()),
                        "steady rate " + rec.steadyStepsPerSecond());
            }
        }
    }

    @Test
    void recordsEveryKthStepAndRepeatsInputs() {
        try (Arena arena = Arena.ofConfined(); DecayModel m = new DecayModel(2, 1.0, DT)) {
            List<long[]> progress = new ArrayList<>();
            try (Recording rec = Simulation.of(m, DT).inputs(ramp(arena, 4)).steps(10).record(List.of("u")).every(3)
                    .progress((d, t) -> progress.add(new long[] {d, t})).run()) {
                float[] all = expectedU(10, 4);
                Tensor u = rec.get("u");
                assertArrayEquals(new int[] {3, 2}, u.shape(), "10 steps, every 3rd kept");
                for (int row = 0; row < 3; row++) {
                    assertEquals(all[3 * row + 2], u.get(row, 0), 1e-6, "row " + row + " is step " + (3 * row + 2));
                    assertEquals(u.get(row, 0), u.get(row, 1));
                }
                assertArrayEquals(new double[] {2 * DT, 5 * DT, 8 * DT}, rec.times(), 1e-12);
                assertEquals(10, rec.steps());
                assertEquals(10, progress.get(progress.size() - 1)[0]);
                assertEquals(10, progress.get(progress.size() - 1)[1]);
            }
        }
    }

    @Test
    void defaultsToOnePassOverTheInputs() {
        try (Arena arena = Arena.ofConfined(); DecayModel m = new DecayModel(2, 1.0, DT);
             Recording rec = Simulation.of(m, DT).inputs(ramp(arena, 6)).record(List.of("u")).run()) {
            assertEquals(6, rec.steps());
            assertEquals(6, rec.get("u").dim(0));
        }
    }

    @Test
    void stopsAtTheFirstNonFiniteStateNamingStepAndState() {
        try (Arena arena = Arena.ofConfined(); DecayModel m = new DecayModel(2, 1.0, DT)) {
            Tensor inp = Tensor.allocate(arena, 20, 2);
            inp.set(7, 1, Float.POSITIVE_INFINITY);
            DivergenceException e = assertThrows(DivergenceException.class,
                    () -> Simulation.of(m, DT).inputs(InputSource.of(Map.of("inp", inp))).checkEvery(1).run());
            assertEquals(7, e.step());
            assertEquals(6, e.lastFinite());
            assertEquals("u", e.state());
            assertTrue(e.getMessage().contains("state 'u'") && e.getMessage().contains("step 7"), e.getMessage());
        }
    }

    @Test
    void coarseChecksStillCatchDivergenceAndBoundTheStep() {
        try (Arena arena = Arena.ofConfined(); DecayModel m = new DecayModel(2, 1.0, DT)) {
            Tensor inp = Tensor.allocate(arena, 40, 2);
            inp.set(10, 0, Float.NaN);
            DivergenceException e = assertThrows(DivergenceException.class,
                    () -> Simulation.of(m, DT).inputs(InputSource.of(Map.of("inp", inp))).checkEvery(4).run());
            assertEquals(11, e.step(), "checked after steps 3, 7, 11");
            assertEquals(7, e.lastFinite());
            assertTrue(e.getMessage().contains("finite after step 7"), e.getMessage());
            // The default interval still catches a divergence in the very last step.
            Tensor last = Tensor.allocate(arena, 5, 2);
            last.set(4, 1, Float.POSITIVE_INFINITY);
            assertEquals(4, assertThrows(DivergenceException.class,
                    () -> Simulation.of(m, DT).inputs(InputSource.of(Map.of("inp", last))).run()).step());
        }
    }

    @Test
    void cachedInputRowsAreTheSlicesOfTheArrays() {
        try (Arena arena = Arena.ofConfined()) {
            InputSource src = ramp(arena, 3);
            assertEquals(2f, src.at(5).get("inp").get(1), "step 5 reads row 2");
            assertTrue(src.at(1) == src.at(4), "one view per row, reused when inputs repeat");
            assertThrows(IllegalArgumentException.class, () -> src.at(0).get("drive"));
        }
    }

    @Test
    void rejectsInputsThatDoNotFitTheModel() {
        try (Arena arena = Arena.ofConfined(); DecayModel m = new DecayModel(3, 1.0, DT)) {
            IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                    () -> Simulation.of(m, DT).inputs(ramp(arena, 4)).run());
            assertTrue(shape.getMessage().contains("'inp' rows have shape [2], the model needs [3]"), shape.getMessage());
            IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                    () -> Simulation.of(m, DT).inputs(InputSource.of(Map.of("drive", Tensor.allocate(arena, 4, 3))))
                            .run());
            assertTrue(missing.getMessage().contains("no array 'inp'"), missing.getMessage());
            assertThrows(IllegalArgumentException.class, () -> Simulation.of(m, DT).record(List.of("v")));
            assertThrows(IllegalArgumentException.class, () -> Simulation.of(m, 0));
            assertThrows(IllegalArgumentException.class, () -> Simulation.of(m, DT).every(0));
        }
    }
}

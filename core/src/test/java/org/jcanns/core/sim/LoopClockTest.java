package org.jcanns.core.sim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The loop's times on a clock the test moves by hand: the whole-run time and the steady rate of the second half
 * (which leaves out a slow start such as the JIT's warm-up), and the progress cadence. No real time is measured.
 */
class LoopClockTest {
    /** A clock reading {@code now[0]} nanoseconds. */
    private static LoopClock clock(int total, long[] now, List<long[]> reports) {
        return new LoopClock(total, (done, all) -> reports.add(new long[] {done, all}), () -> now[0]);
    }

    @Test
    void theSteadyRateCountsOnlyTheSecondHalf() {
        long[] now = {1_000};
        List<long[]> reports = new ArrayList<>();
        LoopClock clock = clock(10, now, reports);
        for (int step = 0; step < 10; step++) {
            // The first 5 steps stall 20 ms each, the last 5 take 1 µs each.
            now[0] += step < 5 ? 20_000_000 : 1_000;
            clock.afterStep(step);
        }
        now[0] += 500; // after the loop, before the recording is made
        try (Recording rec = clock.recording(Arena.ofConfined(), Map.of(), new double[0])) {
            assertEquals(10, rec.steps());
            assertEquals((5 * 20_000_000 + 5 * 1_000 + 500) / 1e9, rec.seconds(), 1e-15);
            assertEquals(5 / ((5 * 1_000 + 500) / 1e9), rec.steadyStepsPerSecond(), 1e-6);
        }
        assertEquals(10, reports.size(), "every step of 10 is reported");
    }

    @Test
    void anOddCountTimesItsLargerSecondHalf() {
        long[] now = {0};
        LoopClock clock = clock(7, now, new ArrayList<>());
        for (int step = 0; step < 7; step++) {
            now[0] += (step + 1) * 1_000_000L; // step k takes k + 1 ms
            clock.afterStep(step);
        }
        try (Recording rec = clock.recording(Arena.ofConfined(), Map.of(), new double[0])) {
            // The half is marked after step 3 of 7 (index 2); steps 4..7 took 4 + 5 + 6 + 7 = 22 ms.
            assertEquals(4 / 0.022, rec.steadyStepsPerSecond(), 1e-9);
            assertEquals(0.028, rec.seconds(), 1e-15);
        }
    }

    @Test
    void reportsAboutEveryThousandthOfTheRunAndTheEnd() {
        List<long[]> reports = new ArrayList<>();
        LoopClock clock = clock(5_003, new long[] {0}, reports);
        for (int step = 0; step < 5_003; step++) {
            clock.afterStep(step);
        }
        // Every 5 steps (5003 / 1000), then the last step.
        assertEquals(1_001, reports.size());
        assertArrayEquals(new long[] {5, 5_003}, reports.get(0));
        assertArrayEquals(new long[] {5_000, 5_003}, reports.get(999));
        assertArrayEquals(new long[] {5_003, 5_003}, reports.get(1_000));
    }
}

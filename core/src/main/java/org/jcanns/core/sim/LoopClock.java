package org.jcanns.core.sim;

import java.lang.foreign.Arena;
import java.util.Map;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;

/**
 * The timing and progress of one run of a step loop: wall time from the first step, the time of the second half
 * (the steady rate, after the JIT's warm-up), and a progress report about every 1/1000 of the run.
 */
final class LoopClock {
    private final int total;
    private final long reportEvery;
    private final ProgressListener progress;
    private final long start = System.nanoTime();
    private long half = start;

    /** Starts the clock of a loop of {@code total} steps reporting to {@code progress}. */
    LoopClock(int total, ProgressListener progress) {
        this.total = total;
        this.reportEvery = Math.max(1, total / 1000);
        this.progress = progress;
    }

    /** Called after 0-based {@code step}: marks the half-way time and reports progress when due. */
    void afterStep(int step) {
        if (step + 1 == total / 2) {
            half = System.nanoTime();
        }
        if ((step + 1) % reportEvery == 0 || step + 1 == total) {
            progress.update(step + 1, total);
        }
    }

    /** The recording of the finished loop, with its times. */
    Recording recording(Arena arena, Map<String, Tensor> states, double[] times) {
        long end = System.nanoTime();
        return new Recording(arena, states, times, total, end - start, end - half);
    }
}

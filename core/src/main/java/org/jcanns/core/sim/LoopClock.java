package org.jcanns.core.sim;

import java.lang.foreign.Arena;
import java.util.Map;
import java.util.function.LongSupplier;
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
    private final LongSupplier nanoTime;
    private final long start;
    private long half;

    /** Starts the clock of a loop of {@code total} steps reporting to {@code progress}. */
    LoopClock(int total, ProgressListener progress) {
        this(total, progress, System::nanoTime);
    }

    /** As above, reading the time in nanoseconds from {@code nanoTime} (a test's own clock). */
    LoopClock(int total, ProgressListener progress, LongSupplier nanoTime) {
        this.total = total;
        this.reportEvery = Math.max(1, total / 1000);
        this.progress = progress;
        this.nanoTime = nanoTime;
        this.start = nanoTime.getAsLong();
        this.half = start;
    }

    /** Called after 0-based {@code step}: marks the half-way time and reports progress when due. */
    void afterStep(int step) {
        if (step + 1 == total / 2) {
            half = nanoTime.getAsLong();
        }
        if ((step + 1) % reportEvery == 0 || step + 1 == total) {
            progress.update(step + 1, total);
        }
    }

    /** The recording of the finished loop, with its times. */
    Recording recording(Arena arena, Map<String, Tensor> states, double[] times) {
        long end = nanoTime.getAsLong();
        return new Recording(arena, states, times, total, end - start, end - half);
    }
}

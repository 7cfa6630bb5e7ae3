package org.jcanns.spi.analysis;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.jcanns.spi.ProgressListener;

/**
 * What an analysis run gets besides its inputs: the directory its files go to (null: write no files), a progress
 * listener, a cancellation flag it polls, and the number of threads it may use.
 */
public record AnalysisContext(Path outputDir, ProgressListener progress, BooleanSupplier cancelled, int threads) {
    /** Checks the listener, flag and thread count. */
    public AnalysisContext {
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(cancelled, "cancelled");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
    }

    /** No files, no progress, never cancelled, one thread. */
    public static AnalysisContext quiet() {
        return new AnalysisContext(null, ProgressListener.NONE, () -> false, 1);
    }

    /** This context with {@code threads} threads. */
    public AnalysisContext withThreads(int threads) {
        return new AnalysisContext(outputDir, progress, cancelled, threads);
    }

    /** Throws {@link CancellationException} once the caller asked to stop; long work calls it between units. */
    public void checkCancelled() {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("analysis cancelled");
        }
    }
}

package org.jcanns.spi.train;

import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;

/** A learning rule bound to a model: trains on patterns and recalls from cues. */
public interface Trainer {
    /** Trains on {@code patterns}, one pattern per row of a (P, N) tensor. */
    void train(Tensor patterns);

    /** Recalls from one cue of length N, writing the recalled state into {@code out}. */
    void predict(Tensor pattern, Tensor out);

    /** Recalls every row of a (B, N) tensor into the matching row of {@code out}. */
    default void predictBatch(Tensor patterns, Tensor out) {
        for (int b = 0; b < patterns.dim(0); b++) {
            predict(patterns.slice(b), out.slice(b));
        }
    }

    /** Turns progress reporting on or off (canns' {@code configure_progress}). */
    void showProgress(boolean on);

    /** Where progress of later calls goes while it is on (units: patterns learned, or cue updates run). */
    default void progressListener(ProgressListener listener) {
    }
}

package org.jcanns.spi.train;

import org.jcanns.spi.Tensor;

/** A layer keeping a sliding modification threshold θ per output (canns' LinearLayer with the BCM threshold). */
public interface SlidingThresholdLayer extends FeedForwardLayer {
    /** θ, one per output, live. */
    Tensor theta();

    /** {@code θ ← θ + (y² − θ)/τ_θ} from the output of the last {@link #forward} (canns' {@code update_threshold}). */
    void updateThreshold();
}

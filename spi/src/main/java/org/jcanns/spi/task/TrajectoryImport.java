package org.jcanns.spi.task;

/**
 * A task that can take a recorded trajectory instead of generating one (canns' {@code import_data}); after the
 * import its {@link Task#data} holds the trajectory and what is derived from it.
 */
public interface TrajectoryImport {
    /**
     * Imports {@code positions} (n rows of x, y; n >= 2) sampled at {@code times} (n increasing values), or at
     * steps of {@link Task#dt()} when {@code times} is null; throws {@link IllegalArgumentException} naming the bad
     * input.
     */
    void importTrajectory(double[][] positions, double[] times);
}

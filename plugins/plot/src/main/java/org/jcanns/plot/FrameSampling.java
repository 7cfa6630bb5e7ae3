package org.jcanns.plot;

/** Which simulation steps an animation shows, as canns samples them. */
public final class FrameSampling {
    private FrameSampling() {
    }

    /**
     * canns' frames: {@code int(T/tsps·fps)} frames at steps {@code linspace(0, T−1, frames).astype(int)}, so
     * the animation plays in simulated real time. Fails when that is less than one frame.
     */
    public static int[] indices(int steps, double timeStepsPerSecond, double fps) {
        if (steps < 1) {
            throw new IllegalArgumentException("nothing to animate: the data have no time steps");
        }
        if (!(timeStepsPerSecond > 0) || !(fps > 0)) {
            throw new IllegalArgumentException("time_steps_per_second and fps must be > 0, got "
                    + timeStepsPerSecond + " and " + fps);
        }
        double exact = steps / timeStepsPerSecond * fps;
        if (exact >= Integer.MAX_VALUE) {
            throw new IllegalArgumentException("too many frames: " + exact);
        }
        int frames = (int) exact;
        if (frames < 1) {
            throw new IllegalArgumentException(steps + " steps at time_steps_per_second=" + timeStepsPerSecond
                    + " last " + steps / timeStepsPerSecond + " s, less than one frame at fps=" + fps
                    + "; lower time_steps_per_second or raise fps");
        }
        double[] at = org.jcanns.core.geometry.Linspace.of(0, steps - 1, frames, true);
        int[] idx = new int[frames];
        for (int i = 0; i < frames; i++) {
            idx[i] = (int) at[i];
        }
        return idx;
    }
}

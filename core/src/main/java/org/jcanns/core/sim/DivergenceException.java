package org.jcanns.core.sim;

/** A state became NaN or infinite during a simulation; the message names the step and the state. */
public class DivergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int step;
    private final String state;

    /** Creates the exception for {@code state} at 0-based {@code step}. */
    public DivergenceException(int step, double time, String state) {
        super("simulation diverged: state '" + state + "' holds NaN or infinity after step " + step + " (t = "
                + time + "); try a smaller dt or weaker input");
        this.step = step;
        this.state = state;
    }

    /** The 0-based step after which the state was found non-finite. */
    public int step() {
        return step;
    }

    /** The name of the non-finite state. */
    public String state() {
        return state;
    }
}

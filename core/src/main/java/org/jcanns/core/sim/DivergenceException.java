package org.jcanns.core.sim;

/** A state became NaN or infinite during a simulation; the message names the step and the state. */
public class DivergenceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int step;
    private final int lastFinite;
    private final int copy;
    private final String state;

    /** Creates the exception for {@code state} found non-finite after 0-based {@code step}. */
    public DivergenceException(int step, double time, String state) {
        this(step, time, state, step - 1);
    }

    /**
     * Creates the exception for {@code state} found non-finite after 0-based {@code step}, every state having been
     * finite after step {@code lastFinite} (−1: before the first step).
     */
    public DivergenceException(int step, double time, String state, int lastFinite) {
        this(step, time, state, lastFinite, -1);
    }

    /** As {@link #DivergenceException(int, double, String, int)} for copy {@code copy} of a batch (−1: no batch). */
    public DivergenceException(int step, double time, String state, int lastFinite, int copy) {
        super("simulation diverged: state '" + state + "'" + (copy >= 0 ? " of copy " + copy : "")
                + " holds NaN or infinity after step " + step + " (t = " + time(time) + ")"
                + (lastFinite < 0 ? (step > 0 ? "; it went non-finite within steps 0 to " + step + " (the first check)"
                : "") : lastFinite < step - 1 ? "; every state was finite after step " + lastFinite : "")
                + "; try a smaller dt or weaker input");
        this.step = step;
        this.state = state;
        this.lastFinite = lastFinite;
        this.copy = copy;
    }

    /** {@code t} without the noise of binary fractions: 0.7, not 0.7000000000000001. */
    private static String time(double t) {
        return new java.math.BigDecimal(t).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }

    /** The batch copy that diverged, or −1 outside a batch. */
    public int copy() {
        return copy;
    }

    /** The 0-based step after which the state was found non-finite. */
    public int step() {
        return step;
    }

    /** The last step after which every state was known finite (the divergence happened after it). */
    public int lastFinite() {
        return lastFinite;
    }

    /** The name of the non-finite state. */
    public String state() {
        return state;
    }
}

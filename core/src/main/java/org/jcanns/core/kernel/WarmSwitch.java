package org.jcanns.core.kernel;

/**
 * When one kernel of the {@code warm} tier ({@link WarmTier}) runs the kernel of the tier below instead of plain
 * loops. Decided from call counts only, never from timing, so the same work gives the same bits every time:
 * <ul>
 *   <li>in a run ({@link Kernels#beginRun}, {@link Kernels#settle}): after the run's first step, a kernel the run
 *       will call at least {@value #RUN_CALLS} times (its calls in that step × the planned steps) moves at once,
 *       the others keep plain loops to the end;</li>
 *   <li>otherwise (models stepped by hand, trainers): after {@value #DEFAULT_CALLS} calls
 *       ({@code -Djcanns.warm.calls=N});</li>
 *   <li>a call on at least {@value #BIG} elements always goes to the tier below.</li>
 * </ul>
 *
 * <p>Why: the Vector API runs many times slower than plain loops until C2 has compiled the kernel that uses it
 * (interpreted and C1 code allocate a vector object per operation), which HotSpot does only after thousands of
 * calls, while plain loops reach C1 within a few calls. A short run is over before the Vector API would pay off; a
 * long one pays its warm-up once, a small share of its time. One big call is long enough for the JIT to compile the
 * loop while it runs (on-stack replacement).
 */
public final class WarmSwitch {
    /** Calls on plain loops before a kernel outside a run moves, unless set by the property. */
    public static final int DEFAULT_CALLS = 20_000;
    /** The property that sets that number of calls. */
    public static final String PROPERTY = "jcanns.warm.calls";
    /**
     * A run that will call a kernel this often uses the tier below from its second step: where the Vector API's
     * JIT warm-up is paid back (CANN1D N = 512, one or two calls per step: about 75,000 steps on the two-core
     * machine of benchmarks/README.md, by whole-process CPU time).
     */
    public static final long RUN_CALLS = 100_000;
    /** A call on this many elements (or more) always goes to the tier below. */
    public static final long BIG = 1L << 18;
    private static final int CALLS = Integer.getInteger(PROPERTY, DEFAULT_CALLS);

    // Plain fields: calls from several threads may be counted a few times fewer, which moves a switch a few calls
    // later; a run's decision is made on the thread that steps it. Once decided, nothing is written per call, so
    // the threads of a batch do not share a line of memory they write.
    private long calls;
    /** 0: counting; 1: the tier below; -1: plain loops to the end of the run. */
    private int decision;

    /** Calls on plain loops before a kernel outside a run moves (the property's value, else the default). */
    public static int calls() {
        return CALLS;
    }

    /** Whether this call, on about {@code elements} elements, goes to the tier below. */
    public boolean fast(long elements) {
        int d = decision;
        if (d != 0) {
            return d > 0 || elements >= BIG;
        }
        if (++calls > CALLS) {
            decision = 1;
            return true;
        }
        return elements >= BIG;
    }

    /** A run starts: its first step's calls are counted from zero. */
    void begin() {
        calls = 0;
        decision = 0;
    }

    /** The run's first step is done and the run makes {@code steps} steps: decide for the rest of it. */
    void settle(long steps) {
        decision = calls == 0 ? 0 : calls * steps >= RUN_CALLS ? 1 : -1;
    }
}

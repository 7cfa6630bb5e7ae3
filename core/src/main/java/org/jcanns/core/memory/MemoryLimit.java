package org.jcanns.core.memory;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.jcanns.core.io.MalformedFileException;

/**
 * How much memory one piece of work may ask for: checked before large allocations (arrays read from files,
 * recordings, task data, weights), so that too large a request ends in a one-line refusal instead of an
 * {@link OutOfMemoryError}. The limit is the system property {@value #PROPERTY} or the environment variable
 * {@value #ENV} when set (bytes, or with a suffix k, m, g, t: {@code 512m}, {@code 8g}); otherwise the smaller of
 * the JVM's maximum heap ({@code -Xmx}, which also bounds off-heap tensors) and the machine's physical memory.
 */
public final class MemoryLimit {
    /** The system property that sets the limit. */
    public static final String PROPERTY = "jcanns.memory.limit";
    /** The environment variable that sets the limit when the property is absent. */
    public static final String ENV = "JCANNS_MEMORY_LIMIT";

    private MemoryLimit() {
    }

    /** The limit in bytes. */
    public static long bytes() {
        return limit().bytes;
    }

    /** The limit and where it comes from, e.g. "3.9 GiB (the JVM's maximum heap, -Xmx)". */
    public static String describe() {
        Limit l = limit();
        return format(l.bytes) + " (" + l.source + ")";
    }

    /**
     * Fails with {@link MemoryLimitException} when {@code bytes} exceed the limit; {@code what} says what would need
     * them, e.g. "the recording (2147483647 steps x 512 floats)".
     */
    public static void require(long bytes, String what) {
        Limit l = limit();
        if (bytes < 0 || bytes > l.bytes) {
            // what may quote names read from a file (a MAT variable): keep the message one printable line.
            throw new MemoryLimitException(MalformedFileException.printable(what) + " needs about " + (bytes < 0 ? "more than 8 EiB" : format(bytes))
                    + ", more than the memory limit of " + format(l.bytes) + " (" + l.source + ")");
        }
    }

    /** {@code a * b}, or {@link Long#MAX_VALUE} when that overflows (an estimate too large for any limit). */
    public static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** {@code a + b}, or {@link Long#MAX_VALUE} when that overflows. */
    public static long plus(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    /** Bytes in binary units with one decimal, e.g. "6.1 GiB", "512 B". */
    public static String format(long bytes) {
        String[] units = {"KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
        if (bytes < 1024) {
            return bytes + " B";
        }
        double v = bytes;
        int u = -1;
        while (v >= 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%.1f %s", v, units[u]);
    }

    /** Parses a size: digits with an optional suffix k, m, g or t (powers of 1024). */
    static long parse(String text, String source) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        if (!t.isEmpty() && "kmgt".indexOf(t.charAt(t.length() - 1)) >= 0) {
            unit = 1L << (10 * ("kmgt".indexOf(t.charAt(t.length() - 1)) + 1));
            t = t.substring(0, t.length() - 1);
        }
        try {
            long v = Long.parseLong(t);
            if (v > 0) {
                return Math.multiplyExact(v, unit);
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // reported below
        }
        throw new IllegalArgumentException(source + " must be a size in bytes > 0, optionally with k, m, g or t "
                + "(e.g. 512m, 8g), got '" + text + "'");
    }

    private record Limit(long bytes, String source) {
    }

    private static Limit limit() {
        String p = System.getProperty(PROPERTY);
        if (p != null) {
            return new Limit(parse(p, "-D" + PROPERTY), "-D" + PROPERTY);
        }
        String e = System.getenv(ENV);
        if (e != null && !e.isBlank()) {
            return new Limit(parse(e, ENV), ENV);
        }
        long heap = Runtime.getRuntime().maxMemory();
        long physical = physical();
        return physical > 0 && physical < heap ? new Limit(physical, "the machine's physical memory")
                : new Limit(heap, "the JVM's maximum heap, -Xmx");
    }

    private static long physical() {
        try {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getTotalMemorySize();
            }
        } catch (RuntimeException | LinkageError e) {
            // No management support: the heap limit alone applies.
        }
        return -1;
    }
}

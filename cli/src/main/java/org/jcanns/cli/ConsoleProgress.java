package org.jcanns.cli;

import java.io.PrintStream;
import java.util.Locale;
import org.jcanns.spi.ProgressListener;

/** A one-line progress bar on stderr, redrawn at most ten times a second; silent when stderr is not a terminal. */
final class ConsoleProgress implements ProgressListener, AutoCloseable {
    private static final int WIDTH = 30;
    private final String label;
    private final PrintStream out;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private ConsoleProgress(String label, PrintStream out, boolean enabled) {
        this.label = label;
        this.out = out;
        this.enabled = enabled;
    }

    /** A bar labelled {@code label}, shown unless {@code quiet} or stderr is not a terminal. */
    @SuppressWarnings("SystemConsoleNull") // System.console() is still documented to return null "if" there is none
    static ConsoleProgress of(String label, boolean quiet) {
        var console = System.console();
        return new ConsoleProgress(label, System.err, !quiet && console != null && console.isTerminal());
    }

    @Override
    public void update(long done, long total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = total > 0 ? (int) (WIDTH * done / total) : 0;
        double seconds = (now - start) / 1e9;
        out.print(String.format(Locale.ROOT, "\r%s [%s%s] %3d%% %d/%d %.1fs", label, "#".repeat(filled),
                ".".repeat(WIDTH - filled), total > 0 ? 100 * done / total : 0, done, total, seconds));
        out.flush();
        drawn = true;
    }

    @Override
    public void close() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }
}

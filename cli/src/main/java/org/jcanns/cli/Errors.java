package org.jcanns.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.jcanns.core.io.MalformedFileException;
import org.jcanns.core.io.OutputFileException;
import org.jcanns.core.kernel.KernelTierException;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.core.sim.DivergenceException;
import picocli.CommandLine;

/** Turns exceptions into one line on stderr and an exit code: 2 for bad input, 1 for failures. */
final class Errors {
    private Errors() {
    }

    static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
        PrintWriter err = cli.getErr();
        Main main = root(cli);
        if (main != null && main.verbose) {
            e.printStackTrace(err);
        }
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError oom) {
                // Thrown in a worker thread and wrapped on its way here.
                return outOfMemory(oom, err);
            }
        }
        if (cause instanceof OutputFileException o) {
            err.println("jcanns: " + o.getMessage());
            return o.refused() ? Main.USAGE : 1;
        }
        if (cause instanceof DivergenceException) {
            err.println("jcanns: " + cause.getMessage());
            return 1;
        }
        if (cause instanceof IllegalArgumentException || cause instanceof FileSystemException
                || cause instanceof MalformedFileException
                || cause instanceof KernelTierException) {
            err.println("jcanns: " + describe(cause));
            return Main.USAGE;
        }
        err.println("jcanns: failed: " + describe(cause) + (main != null && main.verbose ? "" : " (-v for details)"));
        return 1;
    }

    /** One line for an {@link OutOfMemoryError}: what ran out, the limit, and how to give more. */
    static int outOfMemory(OutOfMemoryError e, PrintWriter err) {
        err.println("jcanns: out of memory (" + (e.getMessage() == null ? "no detail" : e.getMessage())
                + "); the memory limit is " + MemoryLimit.describe() + ": ask for less, or give the JVM more with "
                + "JCANNS_JAVA_OPTS=-Xmx<size>");
        err.flush();
        return 1;
    }

    private static String describe(Throwable t) {
        if (t instanceof FileSystemException f) {
            return (f.getReason() != null ? f.getReason() : "cannot access file") + ": " + f.getFile();
        }
        return t.getMessage() != null ? t.getMessage() : t.toString();
    }

    private static Main root(CommandLine cli) {
        CommandLine c = cli;
        while (c.getParent() != null) {
            c = c.getParent();
        }
        return c.getCommand() instanceof Main m ? m : null;
    }
}

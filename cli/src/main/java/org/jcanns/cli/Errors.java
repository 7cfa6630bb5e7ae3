package org.jcanns.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.jcanns.core.io.MalformedFileException;
import org.jcanns.core.io.OutputFileException;
import org.jcanns.core.kernel.KernelTierException;
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

package org.jcanns.core.io;

import java.nio.file.FileSystemException;
import java.nio.file.Path;

/**
 * An output file that cannot be written, named by what asked for it (a command-line option such as {@code --out},
 * or the path itself): one line, {@code LABEL PATH: reason}. {@link #refused()} tells a refusal made before any
 * work (bad input) from a failure while writing.
 */
public final class OutputFileException extends FileSystemException {
    private static final long serialVersionUID = 1L;
    private final String label;
    private final boolean refused;

    /** An output error for {@code target} asked for by {@code label} ({@code null}: none). */
    public OutputFileException(String label, Path target, String reason, boolean refused) {
        super(String.valueOf(target), null, reason);
        this.label = label;
        this.refused = refused;
    }

    /** What asked for the file (an option name), or null. */
    public String label() {
        return label;
    }

    /** True when the output was refused before any work; false when writing it failed. */
    public boolean refused() {
        return refused;
    }

    @Override
    public String getMessage() {
        return (label == null ? "" : label + " ") + getFile() + ": " + getReason();
    }
}

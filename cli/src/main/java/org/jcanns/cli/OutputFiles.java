package org.jcanns.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.jcanns.core.io.AtomicFiles;

/** Checks of output paths before any work is done, so that a refused run writes nothing. */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Fails unless {@code file} ends in {@code ext} and its folder exists; {@code option} names it in the message. */
    static void require(Path file, String ext, String option) throws IOException {
        if (file == null) {
            return;
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)) {
            throw new IllegalArgumentException(option + ": expected a file ending in " + ext + ", got " + file);
        }
        AtomicFiles.requireDirectory(file.toAbsolutePath().getParent());
    }
}

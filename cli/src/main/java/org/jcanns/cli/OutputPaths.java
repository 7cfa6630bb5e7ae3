package org.jcanns.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Checks of output paths before any work is done, so that a refused run writes nothing. */
final class OutputPaths {
    private OutputPaths() {
    }

    /** Fails unless {@code file} ends in {@code ext} and its folder exists; {@code option} names it in the message. */
    static void require(Path file, String ext, String option) throws IOException {
        if (file == null) {
            return;
        }
        if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(ext)) {
            throw new IllegalArgumentException(option + ": expected a file ending in " + ext + ", got " + file);
        }
        requireFolder(file.toAbsolutePath().getParent(), option);
    }

    /** Fails unless {@code folder} exists; {@code option} names the output in the message. */
    static void requireFolder(Path folder, String option) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(option + ": folder " + folder + " does not exist");
        }
    }
}

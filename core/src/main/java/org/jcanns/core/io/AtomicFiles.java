package org.jcanns.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes one file to a temporary name in the target directory and moves it into place, so no reader sees half
 * and a failure leaves the old file. The rules of {@link OutputFiles} apply: regular files only, symbolic links
 * followed, permissions kept, temporary files never left behind.
 */
public final class AtomicFiles {
    private AtomicFiles() {
    }

    /** What writes the content of a file. */
    @FunctionalInterface
    public interface Writer {
        /** Writes the whole content to {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    /** Writes {@code target} atomically; on any failure the target is untouched and the temporary file removed. */
    public static Path write(Path target, Writer writer) throws IOException {
        return write(null, target, writer);
    }

    /** As {@link #write(Path, Writer)}, naming the output {@code label} (an option such as --out) in errors. */
    public static Path write(String label, Path target, Writer writer) throws IOException {
        try (OutputFiles outputs = new OutputFiles()) {
            outputs.add(label, target).write(writer::write);
            outputs.commit();
        }
        return target;
    }
}

package org.jcanns.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * The output files of one piece of work, all or nothing: each is checked when it is {@linkplain #add added}
 * (before the work: a regular file or none, in an existing directory, no two on one path), written to a temporary
 * file beside its target when the work has produced it, and moved into place by {@link #commit()} only once every
 * output has been written. {@link #close()} deletes whatever was not committed, so a failure leaves every target
 * as it was.
 *
 * <p>Policy: only regular files are written; a device, FIFO, socket or directory at the path is refused. A symbolic
 * link is followed: its final target is replaced and the link kept. A replaced file keeps its permissions.
 */
public final class OutputFiles implements AutoCloseable {
    private static final int MAX_LINKS = 40;
    private final List<Output> outputs = new ArrayList<>();
    private boolean committed;

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface StreamWriter {
        /** Writes the whole content to {@code out}. */
        void write(OutputStream out) throws IOException;
    }

    /** Writes the content of a file to a path (for writers that open the file themselves). */
    @FunctionalInterface
    public interface PathWriter {
        /** Creates {@code file} with the whole content. */
        void write(Path file) throws IOException;
    }

    /** One output: the path asked for, the regular file it resolves to, and its temporary file once written. */
    public static final class Output {
        private final String label;
        private final Path target;
        private final Path resolved;
        private Path tmp;

        private Output(String label, Path target, Path resolved) {
            this.label = label;
            this.target = target;
            this.resolved = resolved;
        }

        /** The path as it was asked for. */
        public Path target() {
            return target;
        }

        /** Writes the content to this output's temporary file; it moves into place on {@link #commit()}. */
        public void write(StreamWriter writer) throws IOException {
            writeWith(file -> {
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file,
                        StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), 1 << 16)) {
                    writer.write(out);
                }
            });
        }

        /** Lets {@code writer} create this output's temporary file (its name keeps the target's extension). */
        public void writeWith(PathWriter writer) throws IOException {
            if (tmp != null) {
                throw new IllegalStateException(describe() + " was already written");
            }
            Path file = TemporaryFiles.beside(resolved);
            try {
                writer.write(file);
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    throw new IOException("the writer did not create the file");
                }
            } catch (OutputFileException e) {
                TemporaryFiles.delete(file);
                throw e;
            } catch (IOException | RuntimeException | Error e) {
                TemporaryFiles.delete(file);
                if (e instanceof IOException io) {
                    throw failed(io);
                }
                throw e;
            }
            tmp = file;
        }

        private OutputFileException failed(IOException e) {
            String why = e instanceof FileSystemException f && f.getReason() != null ? f.getReason()
                    : e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
            OutputFileException out = new OutputFileException(label, target, "cannot write: " + why, false);
            out.initCause(e);
            return out;
        }

        private String describe() {
            return (label == null ? "" : label + " ") + target;
        }
    }

    /**
     * Checks {@code target} as an output (refusing with {@link OutputFileException} what cannot be written) and
     * reserves it; {@code label} (an option name, or null) names it in errors.
     */
    public Output add(String label, Path target) throws OutputFileException {
        Path resolved = resolve(label, target);
        for (Output o : outputs) {
            if (o.resolved.equals(resolved)) {
                throw new OutputFileException(label, target, "is the same file as " + o.describe()
                        + "; give each output its own path", true);
            }
        }
        Output o = new Output(label, target, resolved);
        outputs.add(o);
        return o;
    }

    /** Moves every written output into place (each keeping the permissions of the file it replaces). */
    public List<Path> commit() throws IOException {
        List<Path> done = new ArrayList<>();
        for (Output o : outputs) {
            if (o.tmp == null) {
                continue;
            }
            try {
                keepPermissions(o.resolved, o.tmp);
                try {
                    Files.move(o.tmp, o.resolved, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(o.tmp, o.resolved, StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw o.failed(e);
            }
            TemporaryFiles.moved(o.tmp);
            o.tmp = null;
            done.add(o.target);
        }
        committed = true;
        return done;
    }

    /** Deletes the temporary files of outputs not committed. */
    @Override
    public void close() {
        for (Output o : outputs) {
            if (o.tmp != null) {
                TemporaryFiles.delete(o.tmp);
                o.tmp = null;
            }
        }
    }

    /** Whether {@link #commit()} ran. */
    public boolean committed() {
        return committed;
    }

    /**
     * The regular file {@code target} names once symbolic links are followed (existing or to be created), after
     * checking it may be written: its directory exists, and nothing but a regular file is there.
     */
    static Path resolve(String label, Path target) throws OutputFileException {
        Path p = target.toAbsolutePath().normalize();
        for (int hops = 0; Files.isSymbolicLink(p); hops++) {
            if (hops == MAX_LINKS) {
                throw new OutputFileException(label, target, "too many levels of symbolic links", true);
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).toAbsolutePath().normalize();
            } catch (IOException e) {
                throw new OutputFileException(label, target, "cannot read the symbolic link: " + e.getMessage(), true);
            }
        }
        Path dir = p.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new OutputFileException(label, target, "its directory " + dir + " does not exist", true);
        }
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            BasicFileAttributes a;
            try {
                a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException e) {
                throw new OutputFileException(label, target, "cannot inspect: " + e.getMessage(), true);
            }
            if (!a.isRegularFile()) {
                throw new OutputFileException(label, target, "is " + (a.isDirectory() ? "a directory"
                        : "a device, FIFO or socket") + ", not a regular file; jcanns writes only regular files",
                        true);
            }
        }
        if (!Files.isWritable(dir)) {
            throw new OutputFileException(label, target, "its directory " + dir + " is not writable", true);
        }
        try {
            // Real path of the directory: two spellings of one file are one output.
            p = dir.toRealPath().resolve(p.getFileName());
        } catch (IOException e) {
            throw new OutputFileException(label, target, "cannot resolve its directory: " + e.getMessage(), true);
        }
        TemporaryFiles.removeStale(p.getParent());
        return p;
    }

    private static void keepPermissions(Path existing, Path tmp) throws IOException {
        if (!Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(existing, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system: the new file takes the directory's defaults.
        }
    }
}

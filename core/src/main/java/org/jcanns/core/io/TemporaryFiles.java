package org.jcanns.core.io;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files outputs are written to before they are moved into place: named
 * {@code .NAME.jcanns-PID-HEX.tmp.EXT} beside their target (same file system, so the move is a rename; the
 * target's extension kept for writers that choose a format by it). They are deleted when a write fails, by a
 * shutdown hook when the JVM is stopped (SIGTERM, Ctrl-C), and, after a kill -9 or a crash, by the next write into
 * the same directory, which removes every one whose process is gone.
 */
final class TemporaryFiles {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern NAME = Pattern.compile("\\..+\\.jcanns-(\\d+)-[0-9a-f]+\\.tmp(\\.[^.]*)?");
    private static final Set<Path> LIVE = ConcurrentHashMap.newKeySet();
    private static final long PID = ProcessHandle.current().pid();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TemporaryFiles::deleteLive, "jcanns-temporary-files"));
    }

    private TemporaryFiles() {
    }

    /** A new temporary path beside {@code target}, registered for deletion at shutdown; the file is not created. */
    static Path beside(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot > 0 ? name.substring(dot) : "";
        Path tmp = target.resolveSibling("." + name + ".jcanns-" + PID + "-" + Long.toHexString(RANDOM.nextLong())
                + ".tmp" + ext);
        LIVE.add(tmp);
        return tmp;
    }

    /** Deletes {@code tmp} if it exists and forgets it. */
    static void delete(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // Left for the next write into this directory to remove (its process will be gone by then).
        }
        LIVE.remove(tmp);
    }

    /** Forgets {@code tmp} once it has been moved into place. */
    static void moved(Path tmp) {
        LIVE.remove(tmp);
    }

    /** Whether {@code file} is a temporary file of this scheme. */
    static boolean isTemporary(Path file) {
        return NAME.matcher(file.getFileName().toString()).matches();
    }

    /** Removes the temporary files in {@code dir} left by processes that no longer run (killed or crashed). */
    static void removeStale(Path dir) {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*.jcanns-*.tmp*")) {
            for (Path f : files) {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches() && !LIVE.contains(f) && orphaned(Long.parseLong(m.group(1)), f)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // Cleaning up after another run is a courtesy: it must never make this write fail.
        }
    }

    /** True when no process {@code pid} runs, or the one that does started after {@code file} was written. */
    private static boolean orphaned(long pid, Path file) throws IOException {
        if (pid == PID) {
            return false;
        }
        Optional<ProcessHandle> p = ProcessHandle.of(pid);
        if (p.isEmpty() || !p.get().isAlive()) {
            return true;
        }
        // The pid may have been reused by a younger process since the file was written.
        FileTime modified = Files.getLastModifiedTime(file);
        Optional<Instant> started = p.get().info().startInstant();
        return started.isPresent() && started.get().isAfter(modified.toInstant());
    }

    private static void deleteLive() {
        for (Path tmp : LIVE) {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // The JVM is stopping; the next write into the directory removes what is left.
            }
        }
    }
}

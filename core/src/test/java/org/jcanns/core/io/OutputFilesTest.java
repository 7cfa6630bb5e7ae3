package org.jcanns.core.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Outputs never clobber: regular files only, links followed, permissions kept, all or nothing, nothing left over. */
class OutputFilesTest {
    private static void text(OutputFiles.Output o, String s) throws IOException {
        o.write(out -> out.write(s.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void refusesDevicesFifosAndDirectoriesNamingTheOption(@TempDir Path dir) throws Exception {
        OutputFileException dev = assertThrows(OutputFileException.class,
                () -> new OutputFiles().add("--out", Path.of("/dev/null")));
        assertEquals("--out /dev/null: is a device, FIFO or socket, not a regular file; jcanns writes only regular "
                + "files", dev.getMessage());
        assertTrue(dev.refused());
        Path fifo = dir.resolve("pipe");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        assertThrows(OutputFileException.class, () -> AtomicFiles.write("--out", fifo, out -> out.write(1)));
        assertTrue(Files.readAttributes(fifo, java.nio.file.attribute.BasicFileAttributes.class).isOther(),
                "the FIFO is still a FIFO");
        OutputFileException d = assertThrows(OutputFileException.class,
                () -> AtomicFiles.write("--task-out", dir, out -> out.write(1)));
        assertTrue(d.getMessage().startsWith("--task-out " + dir + ": is a directory"), d.getMessage());
        OutputFileException missing = assertThrows(OutputFileException.class,
                () -> AtomicFiles.write("--out", dir.resolve("no/such/x.npz"), out -> out.write(1)));
        assertTrue(missing.getMessage().contains("does not exist"), missing.getMessage());
        assertEquals(List.of("pipe"), names(dir));
    }

    @Test
    void followsSymbolicLinksAndKeepsPermissions(@TempDir Path dir) throws Exception {
        Path real = dir.resolve("real.npz");
        Files.writeString(real, "old");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link.npz"), Path.of("real.npz"));
        AtomicFiles.write("--out", link, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertTrue(Files.isSymbolicLink(link), "the link is kept");
        assertEquals("new", Files.readString(real), "its target is replaced");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));

        Path dangling = Files.createSymbolicLink(dir.resolve("dangling.npz"), Path.of("created.npz"));
        AtomicFiles.write("--out", dangling, out -> out.write('x'));
        assertEquals("x", Files.readString(dir.resolve("created.npz")));
        assertEquals(List.of("created.npz", "dangling.npz", "link.npz", "real.npz"), names(dir));
    }

    @Test
    void refusesTwoOutputsOnOneFile(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.npz"), dir.resolve("run.npz"));
        try (OutputFiles outputs = new OutputFiles()) {
            outputs.add("--out", dir.resolve("run.npz"));
            OutputFileException same = assertThrows(OutputFileException.class,
                    () -> outputs.add("--task-out", dir.resolve("sub/../run.npz")));
            assertEquals("--task-out " + dir.resolve("sub/../run.npz") + ": is the same file as --out "
                    + dir.resolve("run.npz") + "; give each output its own path", same.getMessage());
            assertThrows(OutputFileException.class, () -> outputs.add("--animation", link));
        }
    }

    @Test
    void writesAllOutputsOrNone(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.npz");
        Path b = dir.resolve("b.npz");
        Files.writeString(a, "old a");
        try (OutputFiles outputs = new OutputFiles()) {
            OutputFiles.Output first = outputs.add("--out", a);
            OutputFiles.Output second = outputs.add("--task-out", b);
            text(first, "new a");
            OutputFileException e = assertThrows(OutputFileException.class, () -> second.write(out -> {
                out.write(new byte[10]);
                throw new IOException("No space left on device");
            }));
            assertEquals("--task-out " + b + ": cannot write: No space left on device", e.getMessage());
            assertFalse(e.refused());
        }
        assertEquals("old a", Files.readString(a), "a failure before commit leaves every output as it was");
        assertEquals(List.of("a.npz"), names(dir), "and no temporary file");

        try (OutputFiles outputs = new OutputFiles()) {
            text(outputs.add("--out", a), "new a");
            outputs.add("--task-out", b).writeWith(p -> Files.writeString(p, "new b"));
            assertEquals(List.of(a, b), outputs.commit());
        }
        assertEquals("new a", Files.readString(a));
        assertEquals("new b", Files.readString(b));
        assertEquals(List.of("a.npz", "b.npz"), names(dir));
    }

    @Test
    void removesTemporaryFilesOfProcessesThatAreGone(@TempDir Path dir) throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        Process running = new ProcessBuilder("sleep", "30").start();
        try {
            Path orphan = dir.resolve(".run.npz.jcanns-" + done.pid() + "-1a2b.tmp.npz");
            Path busy = dir.resolve(".run.npz.jcanns-" + running.pid() + "-3c4d.tmp.npz");
            Path unrelated = dir.resolve(".notes.txt");
            for (Path p : List.of(orphan, busy, unrelated)) {
                Files.writeString(p, "partial");
            }
            Files.setLastModifiedTime(busy, java.nio.file.attribute.FileTime.from(java.time.Instant.now()
                    .plusSeconds(60)));
            AtomicFiles.write(dir.resolve("run.npz"), out -> out.write('x'));
            assertFalse(Files.exists(orphan, LinkOption.NOFOLLOW_LINKS), "a killed run's temporary file is removed");
            assertTrue(Files.exists(busy), "a running process's temporary file is left alone");
            assertTrue(Files.exists(unrelated));
            assertTrue(TemporaryFiles.isTemporary(busy));
            assertFalse(TemporaryFiles.isTemporary(unrelated));
        } finally {
            running.destroy();
        }
    }
}

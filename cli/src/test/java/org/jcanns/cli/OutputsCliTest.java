package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output options: refused before any work when they cannot be written, written only after the work succeeded. */
class OutputsCliTest {
    private static String[] simulate(String... extra) {
        List<String> args = new ArrayList<>(List.of("simulate", "-q", "-m", "cann1d", "-p", "num=64", "--task",
                "smooth-tracking-1d", "-t", "iext=1,2,3", "-t", "duration=5,5"));
        args.addAll(List.of(extra));
        return args.toArray(String[]::new);
    }

    private static List<String> names(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void twoOutputsOnOnePathAreRefused(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("run.npz");
        CliTest.Run r = CliTest.jcanns(simulate("--out", out.toString(), "--task-out", dir.resolve("./run.npz")
                .toString()));
        assertEquals(2, r.code(), r.err());
        assertEquals("jcanns: --task-out " + dir.resolve("./run.npz") + ": is the same file as --out " + out
                + "; give each output its own path", r.err().strip());
        assertEquals(List.of(), names(dir));
    }

    @Test
    void aRunThatFailsWritesNoOutputAtAll(@TempDir Path dir) throws Exception {
        Path task = Files.writeString(dir.resolve("task.npz"), "earlier task data");
        CliTest.Run r = CliTest.jcanns(simulate("-p", "tau=1e-3", "--out", dir.resolve("run.npz").toString(),
                "--task-out", task.toString()));
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("simulation diverged"), r.err());
        assertEquals("earlier task data", Files.readString(task), "--task-out is written only after the run succeeded");
        assertEquals(List.of("task.npz"), names(dir), "no --out and no temporary file");
    }

    @Test
    void devicesAreRefusedWithTheOptionNamed() {
        CliTest.Run r = CliTest.jcanns(simulate("--out", "/dev/null"));
        assertEquals(2, r.code(), r.err());
        assertEquals("jcanns: --out /dev/null: is a device, FIFO or socket, not a regular file; jcanns writes only "
                + "regular files", r.err().strip());
    }

    @Test
    void saysWhatIsNotSavedAndWarnsOfAMisleadingExtension(@TempDir Path dir) throws Exception {
        CliTest.Run none = CliTest.jcanns(simulate());
        assertEquals(0, none.code(), none.err());
        assertTrue(none.err().endsWith("\njcanns: note: no --out given: the recorded states were not saved\n"),
                none.err());
        Path txt = dir.resolve("run.txt");
        CliTest.Run r = CliTest.jcanns(simulate("--out", txt.toString()));
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().startsWith("jcanns: warning: --out " + txt + " does not end in .npz; the file is written "
                + "in .npz format all the same\n"), r.err());
        assertEquals(List.of("run.txt"), names(dir));
    }

    @Test
    void theSameRunGivesTheSameBytes(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.npz");
        Path b = dir.resolve("b.npz");
        assertEquals(0, CliTest.jcanns(simulate("--seed", "3", "--record", "u,inp", "--out", a.toString())).code());
        Thread.sleep(2100); // zip entry times have a resolution of two seconds: a timestamp would now differ
        assertEquals(0, CliTest.jcanns(simulate("--seed", "3", "--record", "u,inp", "--out", b.toString())).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }
}

package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.testing.MemoryLimitOverride;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Work too large for memory is refused before it starts, in one line with the estimate and the limit (exit 2). */
class MemoryCliTest {
    private static final String LIMIT = "64.0 MiB (-Djcanns.memory.limit)";
    private MemoryLimitOverride limit;

    @BeforeEach
    void smallLimit() {
        limit = new MemoryLimitOverride("64m");
    }

    @AfterEach
    void restore() {
        limit.close();
    }

    private static void refused(String expected, String... args) {
        CliTest.Run r = CliTest.jcanns(args);
        assertEquals(2, r.code(), r.err());
        assertEquals("jcanns: " + expected, r.err().strip());
    }

    private static String[] simulate(String... more) {
        String[] base = {"simulate", "-q", "-m", "cann1d", "-p", "num=64", "--task", "smooth-tracking-1d", "-t",
            "iext=1,2,3", "-t", "duration=5,5"};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void simulationsAreEstimatedBeforeTheyStart() {
        refused("the recording (50000000 kept steps x 64 values of u) needs about 12.3 GiB, more than the memory "
                + "limit of " + LIMIT, simulate("--steps", "50000000"));
        refused("the task lasts 10.0 time units of dt = 1.0E-300: 1.00e+301 steps, more than the 2147483647 a run can "
                + "have; use a larger --dt or shorter durations", simulate("--dt", "1e-300"));
        refused("the task's key-point sequence (10000000 steps) needs about 457.8 MiB, more than the memory limit of "
                + LIMIT, simulate("--dt", "1e-6"));
        refused("model 'cann1d' with num=1000000000 (1000000000 neurons) needs about 59.6 GiB, more than the memory "
                + "limit of " + LIMIT, simulate("-p", "num=1000000000"));
        refused("--sweep tau: COUNT must be in [1, 1000000], got 1000000000", simulate("--sweep",
                "tau=1:2:1000000000"));
        refused("--batch must be in [1, 1000000], got 2000000000", simulate("--batch", "2000000000"));
        refused("200000 copies of the model (192 state values each) needs about 293.0 MiB, more than the memory "
                + "limit of " + LIMIT, simulate("--batch", "200000"));
    }

    @Test
    void hopfieldWeightsAndTracesAreEstimated(@TempDir Path dir) throws Exception {
        Path p = dir.resolve("p.npy");
        Path q = dir.resolve("q.npy");
        float[] pattern = new float[20000];
        java.util.Arrays.fill(pattern, 1f);
        Npy.save(p, NpyArray.ofFloats(pattern, 1, 20000));
        Npy.save(q, NpyArray.ofFloats(pattern, 1, 20000));
        refused("--weights dense for 20000 neurons needs about 1.5 GiB, more than the memory limit of " + LIMIT,
                "hopfield", "-q", "--patterns", p.toString(), "--predict", q.toString(), "--weights", "dense");
        refused("--iterations 2000000000 for 1 cues (an energy per cue and update) needs about 7.5 GiB, more than the "
                + "memory limit of " + LIMIT, "hopfield", "-q", "--patterns", p.toString(), "--predict", q.toString(),
                "--iterations", "2000000000");
    }

    @Test
    void anOutOfMemoryErrorIsOneLine() {
        StringWriter text = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(text));
        int code = Errors.handle(new IllegalStateException(new OutOfMemoryError("Java heap space")), cli, null);
        assertEquals(1, code);
        String line = text.toString().strip();
        assertTrue(line.startsWith("jcanns: out of memory (Java heap space); the memory limit is " + LIMIT
                + ": ask for less, or give the JVM more with JCANNS_JAVA_OPTS=-Xmx<size>"), line);
        assertTrue(!line.contains("\n"), line);
    }
}

package org.jcanns.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A child's outputs come back separately, a failing child is described, and a hung one is killed in time. */
class ChildProcessTest {
    @Test
    void keepsStdoutStderrAndTheExitCodeApart() throws Exception {
        ChildProcess.Result r = ChildProcess.run(List.of("sh", "-c", "echo out; echo \"$GREETING\" >&2; exit 3"),
                Map.of("GREETING", "err"), Duration.ofMinutes(1));
        assertEquals(3, r.exitCode());
        assertEquals("out\n", r.stdout());
        assertEquals("err\n", r.stderr());
        AssertionError e = assertThrows(AssertionError.class, r::requireSuccess);
        assertTrue(e.getMessage().contains("[sh, -c,") && e.getMessage().contains("exit 3")
                && e.getMessage().contains("out") && e.getMessage().contains("err"), e.getMessage());
    }

    @Test
    void aHungChildIsKilledAndTheFailureShowsWhatItPrinted() {
        long start = System.nanoTime();
        // More output than a pipe holds (64 KiB), then a wait far beyond the limit.
        AssertionError e = assertThrows(AssertionError.class, () -> ChildProcess.run(
                List.of("sh", "-c", "head -c 200000 /dev/zero | tr '\\0' x; echo; echo started >&2; sleep 600"),
                Map.of(), Duration.ofSeconds(2)));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertTrue(seconds < 300, "the child was not left to run its 600 s: " + seconds);
        assertTrue(e.getMessage().startsWith("child process still running after PT2S, killed: [sh, -c,"),
                e.getMessage().substring(0, 200));
        assertTrue(e.getMessage().contains("x".repeat(1000)) && e.getMessage().contains("started"),
                "the output so far is shown");
    }
}

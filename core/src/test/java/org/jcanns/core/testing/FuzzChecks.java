package org.jcanns.core.testing;

import java.util.concurrent.Callable;
import org.jcanns.core.io.MalformedFileException;

/**
 * What every fuzz test checks: the code under test either succeeds or refuses its input with one of the errors
 * the CLI turns into one line (a malformed file, a memory refusal, a bad argument), whose message is one line.
 * Anything else (another exception, an OutOfMemoryError, a hang) is a finding. Work runs under a small memory
 * limit, so that an allocation the checks should have refused shows as an OutOfMemoryError of the fuzzing JVM.
 */
public final class FuzzChecks {
    /** The memory limit fuzzed code runs under. */
    public static final String LIMIT = "64m";

    private FuzzChecks() {
    }

    /** Runs {@code work} under the fuzzing memory limit, accepting only the refusals described above. */
    public static void refusedCleanly(Callable<?> work) throws Exception {
        try (MemoryLimitOverride limit = new MemoryLimitOverride(LIMIT)) {
            work.call();
        } catch (MalformedFileException | IllegalArgumentException e) {
            // IllegalArgumentException includes MemoryLimitException and the parameter errors.
            requireOneLine(e);
        }
    }

    /** Fails unless {@code e} has a one-line message. */
    public static void requireOneLine(Exception e) {
        String m = e.getMessage();
        if (m == null || m.isBlank() || m.contains("\n")) {
            throw new AssertionError("not a one-line message: " + m, e);
        }
    }
}

package org.jcanns.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.lang.foreign.Arena;
import org.jcanns.core.testing.FuzzChecks;

/** Any bytes as a .npy file: read, or refused in one line (inputs kept in NpyFuzzTestInputs/npy). */
class NpyFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void npy(byte[] data) throws Exception {
        try (Arena arena = Arena.ofConfined()) {
            FuzzChecks.refusedCleanly(() -> Npy.read(new ByteArrayInputStream(data), arena, "fuzz.npy", data.length));
        }
    }
}

package org.jcanns.core.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcanns.core.testing.FuzzChecks;

/** Any bytes as a .npz file: every member read, or refused in one line (inputs kept in NpzFuzzTestInputs/npz). */
class NpzFuzzTest {
    private static Path file;

    @FuzzTest(maxDuration = "20s")
    void npz(byte[] data) throws Exception {
        if (file == null) {
            file = Files.createTempFile("jcanns-fuzz", ".npz");
            file.toFile().deleteOnExit();
        }
        Files.write(file, data);
        try (Arena arena = Arena.ofConfined()) {
            FuzzChecks.refusedCleanly(() -> Npz.load(file, arena));
        }
    }
}

package org.jcanns.analysis.data;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcanns.core.testing.FuzzChecks;

/** Any bytes as a whitespace text array (np.loadtxt): read, or refused in one line (TextArraysFuzzTestInputs). */
class TextArraysFuzzTest {
    private static Path file;

    @FuzzTest(maxDuration = "15s")
    void text(byte[] data) throws Exception {
        if (file == null) {
            file = Files.createTempFile("jcanns-fuzz", ".txt");
            file.toFile().deleteOnExit();
        }
        Files.write(file, data);
        FuzzChecks.refusedCleanly(() -> TextArrays.read(file));
    }
}

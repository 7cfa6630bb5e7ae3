package org.jcanns.analysis.mat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.jcanns.core.testing.FuzzChecks;

/** Any bytes as a MAT file: its variables read, or refused in one line (inputs kept in MatFuzzTestInputs/mat). */
class MatFuzzTest {
    @FuzzTest(maxDuration = "20s")
    void mat(byte[] data) throws Exception {
        FuzzChecks.refusedCleanly(() -> MatFile.read(data, "fuzz.mat"));
    }
}

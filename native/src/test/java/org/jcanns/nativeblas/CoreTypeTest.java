package org.jcanns.nativeblas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcanns.core.testing.ChildProcess;
import org.junit.jupiter.api.Test;

/** OPENBLAS_CORETYPE is corrected before the library loads, in a JVM started without the launcher. */
class CoreTypeTest {
    private static final Set<String> AVX512 = Set.of("avx2", "avx512f");
    private static final Set<String> AVX2 = Set.of("avx2");

    @Test
    void decidesFromTheVariableTheCpuAndTheProperty() {
        assertEquals("unset", CoreType.decide("Haswell", AVX512, null).kind(), "old core on an AVX-512 CPU");
        assertEquals("none", CoreType.decide("SkylakeX", AVX512, null).kind(), "already AVX-512");
        assertEquals("none", CoreType.decide("Haswell", AVX2, null).kind(), "Haswell is right for an AVX2 CPU");
        assertEquals("none", CoreType.decide(null, AVX512, null).kind());
        assertEquals("none", CoreType.decide("Haswell", AVX512, "keep").kind());
        assertEquals("unset", CoreType.decide("Haswell", AVX2, "auto").kind());
        CoreType.Action set = CoreType.decide(null, AVX2, "Zen");
        assertEquals("set", set.kind());
        assertEquals("Zen", set.value());
        assertTrue(CoreType.decide("Haswell", AVX512, null).reason().contains("-Djcanns.openblas.coretype=keep"));
    }

    /** Prints the core OpenBLAS chose, for the child JVMs below. */
    public static void main(String[] args) {
        System.out.println("CORE=" + OpenBlas.load().corename());
    }

    private static String childCore(String property) throws IOException, InterruptedException {
        List<String> options = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED"));
        if (property != null) {
            options.add("-D" + CoreType.PROPERTY + "=" + property);
        }
        String out = ChildProcess.run(ChildProcess.java(options, CoreTypeTest.class),
                Map.of(CoreType.VARIABLE, "Haswell"), Duration.ofMinutes(2)).requireSuccess();
        return out.lines().filter(l -> l.startsWith("CORE=")).findFirst().orElseThrow(() -> new AssertionError(out))
                .substring(5);
    }

    @Test
    void aChildJvmWithHaswellPinnedGetsTheCorrectedCore() throws Exception {
        String detected = OpenBlas.load().corename();
        assertEquals("haswell", childCore("keep").toLowerCase(), "keep leaves the variable");
        assertEquals(detected, childCore("auto"), "auto lets OpenBLAS detect the core");
        boolean avx512 = CoreType.cpuFlags().contains("avx512f");
        assertEquals(avx512 ? detected : "Haswell", childCore(null),
                "by default only a core the CPU outgrew is removed");
    }
}

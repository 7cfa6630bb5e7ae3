package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The messages issue 16 found misleading, as they now read. */
class MessagesCliTest {
    private static CliTest.Run simulate(String... params) {
        String[] base = {"simulate", "-q", "-m", "cann1d", "--task", "smooth-tracking-1d", "-t", "iext=1,2,3", "-t",
            "duration=5,5"};
        String[] all = java.util.Arrays.copyOf(base, base.length + params.length);
        System.arraycopy(params, 0, all, base.length, params.length);
        return CliTest.jcanns(all);
    }

    @Test
    void divergenceAtTheFirstCheckSaysSoWithARoundTime() {
        CliTest.Run r = simulate("-p", "num=64", "-p", "tau=1e-6");
        assertEquals(1, r.code(), r.err());
        assertEquals("jcanns: simulation diverged: state 'u' holds NaN or infinity after step 7 (t = 0.7); it went "
                + "non-finite within steps 0 to 7 (the first check); try a smaller dt or weaker input", r.err().strip());
    }

    @Test
    void parametersAreFiniteWithinRangeAndGivenOnce() {
        CliTest.Run inf = simulate("-p", "A=Infinity");
        assertEquals(2, inf.code(), inf.err());
        assertTrue(inf.err().strip().matches("jcanns: parameter 'A' of model 'cann1d': expected .*, got 'Infinity' "
                + "\\(not a finite number\\) \\(see: jcanns simulate --help\\)|jcanns: parameter 'A' of model "
                + "'cann1d': expected .*, got 'Infinity' \\(not a finite number\\)"), inf.err());
        CliTest.Run big = simulate("-p", "num=99999999999999");
        assertEquals(2, big.code(), big.err());
        assertTrue(big.err().contains("parameter 'num' of model 'cann1d': expected an integer >= 2, got "
                + "'99999999999999', outside the integer range [-2147483648, 2147483647]"), big.err());
        CliTest.Run twice = simulate("-p", "num=64", "-p", "tau=1", "-p", "TAU=2");
        assertEquals(2, twice.code(), twice.err());
        assertTrue(twice.err().contains("parameter 'tau' of model 'cann1d' is given twice, as 'tau' and as 'TAU'; "
                + "give it once"), twice.err());
    }

    @Test
    void aCorruptPluginJarIsNamed(@TempDir Path dir) throws Exception {
        Path jar = Files.writeString(dir.resolve("broken.jar"), "not a jar");
        CliTest.Run r = CliTest.jcanns("--plugin-path", dir.toString(), "plugins");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("skipping plugin jar " + jar + ": not a readable jar ("), r.err());
    }
}

package org.jcanns.core.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The tier choice: forced by name, best available otherwise, and never a silent fallback. */
class KernelSelectionTest {
    @Test
    void picksTheVectorApiWhenItsModuleIsPresent() {
        // Surefire runs with --add-modules jdk.incubator.vector: the panama tier (or a faster one) must win.
        assertTrue(ModuleLayer.boot().findModule("jdk.incubator.vector").isPresent(), "test JVM lacks the module");
        String chosen = KernelSelection.lookup(null).name();
        assertTrue(!chosen.equals("scalar"), "expected a vector tier, got " + chosen);
        assertTrue(KernelSelection.tierNames().containsAll(java.util.List.of("scalar", "panama")));
    }

    @Test
    void aForcedTierIsUsed() {
        assertEquals("scalar", KernelSelection.lookup("scalar").name());
        assertEquals("panama", KernelSelection.lookup(" PANAMA ").name());
    }

    @Test
    void anUnknownForcedTierFailsWithTheKnownNames() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KernelSelection.lookup("cuda"));
        assertTrue(e.getMessage().contains("unknown kernel tier 'cuda'") && e.getMessage().contains("panama"),
                e.getMessage());
    }
}

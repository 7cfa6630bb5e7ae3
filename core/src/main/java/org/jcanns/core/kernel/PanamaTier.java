package org.jcanns.core.kernel;

import java.lang.management.ManagementFactory;
import java.util.List;

/** The Vector API tier: needs the incubator module, the C2 compiler and vectors of at least 128 bits. */
public final class PanamaTier implements KernelTier {
    private static final String MODULE = "jdk.incubator.vector";

    @Override
    public String name() {
        return "panama";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public Kernels load() throws TierUnavailableException {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            throw new TierUnavailableException("module " + MODULE + " is not loaded; start the JVM with "
                    + "--add-modules=" + MODULE);
        }
        List<String> args = ManagementFactory.getRuntimeMXBean().getInputArguments();
        for (String a : args) {
            // The Vector API is only fast once C2 intrinsifies it; interpreted or C1-only it is far slower than loops.
            if (a.equals("-Xint") || a.matches("-XX:TieredStopAtLevel=[0-3]")) {
                throw new TierUnavailableException("the C2 compiler is off (" + a + ")");
            }
        }
        try {
            Kernels k = (Kernels) Class.forName("org.jcanns.core.kernel.PanamaKernels")
                    .getDeclaredConstructor().newInstance();
            int bits = VectorWidth.preferredBits();
            if (bits < 128) {
                throw new TierUnavailableException("preferred vector width is only " + bits + " bits");
            }
            return k;
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new TierUnavailableException("Vector API kernels failed to load: " + e, e);
        }
    }
}

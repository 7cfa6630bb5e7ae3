package org.jcanns.core.kernel;

import java.lang.management.ManagementFactory;
import org.jcanns.spi.kernel.KernelTier;
import org.jcanns.spi.kernel.TierUnavailableException;

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
    public String fallback() {
        return "scalar";
    }

    @Override
    public int vectorLanes() {
        return VectorWidth.preferredBits() / Float.SIZE;
    }

    @Override
    public String check() throws TierUnavailableException {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            throw new TierUnavailableException("module " + MODULE + " is not loaded; start the JVM with "
                    + "--add-modules=" + MODULE);
        }
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            // The Vector API is only fast once C2 intrinsifies it; interpreted or C1-only it is far slower than loops.
            if (a.equals("-Xint") || a.matches("-XX:TieredStopAtLevel=[0-3]")) {
                throw new TierUnavailableException("the C2 compiler is off (" + a + ")");
            }
        }
        int bits;
        try {
            bits = VectorWidth.preferredBits();
        } catch (LinkageError e) {
            throw new TierUnavailableException("the Vector API failed to load: " + e, e);
        }
        if (bits < 128) {
            throw new TierUnavailableException("preferred vector width is only " + bits + " bits");
        }
        return "Vector API, " + bits + "-bit (" + bits / Float.SIZE + " floats)";
    }
}

package org.jcanns.core.kernel;

import java.lang.management.ManagementFactory;
import org.jcanns.spi.kernel.KernelTier;
import org.jcanns.spi.kernel.TierUnavailableException;

/** The Vector API tier: needs the incubator module, the C2 compiler and vectors of at least 128 bits. */
public final class PanamaTier implements KernelTier {
    private static final String MODULE = "jdk.incubator.vector";

    /** The JVM's arguments read once (the warm and openblas tiers check this tier too). */
    private static final class JvmArguments {
        // The Vector API is only fast once C2 intrinsifies it; interpreted or C1-only it is far slower than loops.
        static final String C2_OFF = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> a.equals("-Xint") || a.matches("-XX:TieredStopAtLevel=[0-3]")).findFirst().orElse("");
    }

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

    /**
     * For a tier built on this one: this tier's check, its refusal reworded as {@code what} needs this tier, e.g.
     * "needs the panama tier: module ... is not loaded".
     */
    public String checkFor(String what) throws TierUnavailableException {
        try {
            return check();
        } catch (TierUnavailableException e) {
            throw new TierUnavailableException(what + " the panama tier: " + e.getMessage(), e);
        }
    }

    @Override
    public String check() throws TierUnavailableException {
        if (ModuleLayer.boot().findModule(MODULE).isEmpty()) {
            throw new TierUnavailableException("module " + MODULE + " is not loaded; start the JVM with "
                    + "--add-modules=" + MODULE);
        }
        if (!JvmArguments.C2_OFF.isEmpty()) {
            throw new TierUnavailableException("the C2 compiler is off (" + JvmArguments.C2_OFF + ")");
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

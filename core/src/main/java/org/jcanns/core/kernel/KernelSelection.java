package org.jcanns.core.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Picks the kernel tier once per JVM: {@code -Djcanns.kernels=NAME} forces one (and fails if it cannot load),
 * otherwise the tiers are tried from the highest priority down and each one that cannot run logs why.
 */
public final class KernelSelection {
    /** The system property that forces a tier. */
    public static final String PROPERTY = "jcanns.kernels";
    private static final Logger LOG = LoggerFactory.getLogger(KernelSelection.class);

    private KernelSelection() {
    }

    private static final class Holder {
        static final Kernels ACTIVE = lookup(System.getProperty(PROPERTY));
    }

    /** The tier chosen for this JVM (chosen and logged on first use). */
    public static Kernels active() {
        return Holder.ACTIVE;
    }

    /** All tier names known on the class path, highest priority first. */
    public static List<String> tierNames() {
        return tiers().stream().map(KernelTier::name).toList();
    }

    /** Loads the tier called {@code name}, or fails naming the reason and the known tiers. */
    public static Kernels tier(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        for (KernelTier t : tiers()) {
            if (t.name().equals(wanted)) {
                try {
                    return t.load();
                } catch (KernelTier.TierUnavailableException e) {
                    throw new IllegalStateException("kernel tier '" + wanted + "' cannot run here: " + e.getMessage(), e);
                }
            }
        }
        throw new IllegalArgumentException("unknown kernel tier '" + name + "'; known: " + tierNames());
    }

    /** Loads every tier that can run here, highest priority first (for tier-equivalence tests and benchmarks). */
    public static List<Kernels> loadable() {
        List<Kernels> out = new ArrayList<>();
        for (KernelTier t : tiers()) {
            try {
                out.add(t.load());
            } catch (KernelTier.TierUnavailableException e) {
                LOG.debug("kernel tier {} unavailable: {}", t.name(), e.getMessage());
            }
        }
        return out;
    }

    /** The tier {@code forced} names, or the best loadable one when it is null or blank; logs the choice. */
    static Kernels lookup(String forced) {
        if (forced != null && !forced.isBlank()) {
            Kernels k = tier(forced);
            LOG.info("jcanns kernels: {} ({}), forced by -D{}", k.name(), k.description(), PROPERTY);
            return k;
        }
        for (KernelTier t : tiers()) {
            try {
                Kernels k = t.load();
                LOG.info("jcanns kernels: {} ({})", k.name(), k.description());
                return k;
            } catch (KernelTier.TierUnavailableException e) {
                LOG.info("jcanns kernels: {} unavailable: {}", t.name(), e.getMessage());
            }
        }
        return new ScalarKernels();
    }

    private static List<KernelTier> tiers() {
        List<KernelTier> tiers = new ArrayList<>();
        var it = ServiceLoader.load(KernelTier.class, KernelSelection.class.getClassLoader()).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                tiers.add(it.next());
            } catch (ServiceConfigurationError e) {
                LOG.warn("skipping a broken kernel tier: {}", e.getMessage());
            }
        }
        tiers.sort(Comparator.comparingInt(KernelTier::priority).reversed());
        return tiers;
    }
}

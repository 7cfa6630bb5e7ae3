package org.jcanns.core.kernel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.jcanns.spi.kernel.KernelImplementations;
import org.jcanns.spi.kernel.KernelTier;
import org.jcanns.spi.kernel.TierUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the kernel tiers and their implementations ({@link java.util.ServiceLoader}: core, the native module and
 * plugins join the same way) and chooses one: {@code -Djcanns.kernels=NAME} or an explicit name forces it, otherwise
 * the tiers are tried from the highest priority down. A refused tier is logged as a WARN with its reason.
 */
public final class KernelTiers {
    /** The system property that forces a tier. */
    public static final String PROPERTY = "jcanns.kernels";
    private static final Logger LOG = LoggerFactory.getLogger(KernelTiers.class);
    private static final Object LOCK = new Object();
    private static volatile Kernels best;

    private KernelTiers() {
    }

    /** The JVM-wide choice (see {@link Kernels#best()}). */
    static Kernels best() {
        Kernels k = best;
        if (k == null) {
            synchronized (LOCK) {
                k = best;
                if (k == null) {
                    k = resolve(System.getProperty(PROPERTY), KernelTiers.class.getClassLoader());
                    best = k;
                }
            }
        }
        return k;
    }

    /**
     * The tier {@code forced} names (blank or null: the best that runs), with the implementations {@code loader}
     * finds; throws {@link KernelTierException} with a one-line reason when a forced tier is unknown or refused.
     */
    public static Kernels resolve(String forced, ClassLoader loader) {
        List<KernelTier> tiers = tiers(loader);
        if (forced != null && !forced.isBlank()) {
            String wanted = forced.trim().toLowerCase(Locale.ROOT);
            KernelTier t = tiers.stream().filter(x -> x.name().equals(wanted)).findFirst()
                    .orElseThrow(() -> new KernelTierException("unknown kernel tier '" + forced.trim() + "'; known: "
                            + String.join(", ", names(tiers))));
            try {
                Kernels k = build(t, t.check(), tiers, loader);
                LOG.info("jcanns kernels: {} ({}), forced", k.tier(), k.description());
                return k;
            } catch (TierUnavailableException e) {
                throw new KernelTierException("kernel tier '" + wanted + "' cannot run here: " + e.getMessage());
            }
        }
        for (KernelTier t : tiers) {
            try {
                Kernels k = build(t, t.check(), tiers, loader);
                LOG.info("jcanns kernels: {} ({})", k.tier(), k.description());
                return k;
            } catch (TierUnavailableException e) {
                LOG.warn("kernel tier {} refused: {}", t.name(), e.getMessage());
            }
        }
        throw new KernelTierException("no kernel tier can run here (tiers found: " + String.join(", ", names(tiers))
                + ")");
    }

    /** The tier called {@code name}, with the implementations on core's class path; fails as {@link #resolve}. */
    public static Kernels named(String name) {
        return resolve(name, KernelTiers.class.getClassLoader());
    }

    /** Every tier that can run here, highest priority first (for tier-equivalence tests and benchmarks). */
    public static List<Kernels> loadable() {
        ClassLoader loader = KernelTiers.class.getClassLoader();
        List<KernelTier> tiers = tiers(loader);
        List<Kernels> out = new ArrayList<>();
        for (KernelTier t : tiers) {
            try {
                out.add(build(t, t.check(), tiers, loader));
            } catch (TierUnavailableException e) {
                LOG.debug("kernel tier {} unavailable: {}", t.name(), e.getMessage());
            }
        }
        return out;
    }

    /** All tier names on core's class path, highest priority first. */
    public static List<String> names() {
        return names(tiers(KernelTiers.class.getClassLoader()));
    }

    private static List<String> names(List<KernelTier> tiers) {
        return tiers.stream().map(KernelTier::name).toList();
    }

    /** The set for {@code tier}, whose check passed: its fallback chain holds the fallbacks that also run here. */
    private static Kernels build(KernelTier tier, String description, List<KernelTier> tiers, ClassLoader loader) {
        List<KernelTier> chain = new ArrayList<>(List.of(tier));
        String next = tier.fallback();
        KernelTier last = tier;
        while (!next.isEmpty()) {
            String name = next;
            KernelTier f = tiers.stream().filter(x -> x.name().equals(name)).findFirst().orElse(null);
            if (f == null) {
                // A fallback not on the class path (openblas without the native module): the next tier by priority.
                int below = last.priority();
                f = tiers.stream().filter(x -> x.priority() < below).findFirst().orElse(null);
                LOG.debug("fallback tier {} of {} not found; using {}", name, last.name(), f == null ? "none" : f.name());
            }
            if (f == null || chain.contains(f)) {
                break;
            }
            try {
                f.check();
                chain.add(f);
            } catch (TierUnavailableException e) {
                LOG.debug("fallback tier {} of {} unavailable: {}", f.name(), tier.name(), e.getMessage());
            }
            last = f;
            next = f.fallback();
        }
        return new Kernels(tier, description, chain, load(KernelImplementations.class, loader));
    }

    private static List<KernelTier> tiers(ClassLoader loader) {
        List<KernelTier> tiers = load(KernelTier.class, loader);
        tiers.sort(Comparator.comparingInt(KernelTier::priority).reversed());
        return tiers;
    }

    private static <S> List<S> load(Class<S> service, ClassLoader loader) {
        List<S> out = new ArrayList<>();
        var it = ServiceLoader.load(service, loader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                out.add(it.next());
            } catch (ServiceConfigurationError e) {
                LOG.warn("skipping a broken {}: {}", service.getSimpleName(), e.getMessage());
            }
        }
        return out;
    }
}

package org.jcanns.core.kernel;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jcanns.core.fft.Transforms;
import org.jcanns.core.kernel.elementwise.ElementWise;
import org.jcanns.core.kernel.int8.Int8Products;
import org.jcanns.core.kernel.products.MatrixProducts;
import org.jcanns.spi.kernel.KernelImplementations;
import org.jcanns.spi.kernel.KernelSet;
import org.jcanns.spi.kernel.KernelTier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kernels of one tier, chosen once by {@link KernelTiers} and passed to models through their context: core's
 * four families as typed accessors, any family (a plugin's too) through {@link #get}. A family the tier does not
 * implement comes from the first tier of its fallback chain that does ({@code openblas} → {@code panama} →
 * {@code scalar}). Immutable and thread-safe.
 */
public final class Kernels implements KernelSet {
    private static final Logger LOG = LoggerFactory.getLogger(Kernels.class);

    private final KernelTier tier;
    private final String description;
    private final List<KernelTier> chain;
    private final List<KernelImplementations> implementations;
    private final Map<Class<?>, Object> resolved = new ConcurrentHashMap<>();
    private volatile Kernels below;
    private final ElementWise elementWise;
    private final MatrixProducts products;
    private final Transforms transforms;
    private final Int8Products int8;

    Kernels(KernelTier tier, String description, List<KernelTier> chain, List<KernelImplementations> implementations) {
        this.tier = tier;
        this.description = description;
        this.chain = List.copyOf(chain);
        this.implementations = List.copyOf(implementations);
        // Core's families are created at once, so a tier that cannot build them fails where it is chosen.
        this.elementWise = get(ElementWise.class);
        this.products = get(MatrixProducts.class);
        this.transforms = get(Transforms.class);
        this.int8 = get(Int8Products.class);
    }

    /**
     * The best tier that runs here, or the one {@code -Djcanns.kernels} forces; chosen on first use and kept for
     * the JVM (a bad forced name throws {@link KernelTierException} every time, so the caller can recover).
     */
    public static Kernels best() {
        return KernelTiers.best();
    }

    /** The core view of {@code set}: the set itself when core made it, else core's families taken from it. */
    public static Kernels of(KernelSet set) {
        if (set instanceof Kernels k) {
            return k;
        }
        throw new IllegalArgumentException("kernel set '" + set.tier() + "' (" + set.getClass().getName()
                + ") was not made by KernelTiers; choose kernels with KernelTiers.resolve or Kernels.best()");
    }

    @Override
    public String tier() {
        return tier.name();
    }

    /** One line on what the tier runs on, e.g. the vector width or the BLAS library. */
    public String description() {
        return description;
    }

    /** Floats per SIMD register the tier works with (1 for scalar code): batched layouts align columns to it. */
    public int vectorLanes() {
        return tier.vectorLanes();
    }

    /** Element-wise operations and reductions. */
    public ElementWise elementWise() {
        return elementWise;
    }

    /** Matrix products (gemv, gemmBt, window products). */
    public MatrixProducts products() {
        return products;
    }

    /** FFTs, spectrum products and block transposes. */
    public Transforms transforms() {
        return transforms;
    }

    /** Products with int8 matrices. */
    public Int8Products int8() {
        return int8;
    }

    /**
     * A run is about to make its first step with these kernels (see {@link #settle}); only the {@code warm} tier
     * does anything with it.
     */
    public void beginRun() {
        for (Object family : resolved.values()) {
            if (family instanceof WarmFamily w) {
                w.switches().forEach(WarmSwitch::begin);
            }
        }
    }

    /**
     * The run's first step is done and it will make {@code plannedSteps} steps: on the {@code warm} tier each
     * kernel the run will call often enough moves to the tier below now, the others keep plain loops to the end
     * (see {@link WarmSwitch}). Other tiers ignore it.
     */
    public void settle(long plannedSteps) {
        for (Object family : resolved.values()) {
            if (family instanceof WarmFamily w) {
                w.switches().forEach(s -> s.settle(plannedSteps));
            }
        }
    }

    @Override
    public <K> K get(Class<K> family) {
        return family.cast(resolved.computeIfAbsent(family, this::create));
    }

    /** The set of the tiers after this one in the chain (what a warm-up tier's kernels switch to), made on first use. */
    private Kernels below() {
        Kernels b = below;
        if (b == null) {
            synchronized (this) {
                b = below;
                if (b == null) {
                    if (chain.size() < 2) {
                        throw new IllegalStateException("kernel tier " + tier() + " has no tier below it");
                    }
                    b = new Kernels(chain.get(1), description, chain.subList(1, chain.size()), implementations);
                    below = b;
                }
            }
        }
        return b;
    }

    /** The tiers below as a kernel set made only when a family is first asked of it. */
    private KernelSet lazyBelow() {
        return new KernelSet() {
            @Override
            public String tier() {
                return chain.get(1).name();
            }

            @Override
            public <K> K get(Class<K> family) {
                return below().get(family);
            }
        };
    }

    private Object create(Class<?> family) {
        for (int i = 0; i < chain.size(); i++) {
            KernelTier t = chain.get(i);
            for (KernelImplementations impl : implementations) {
                if (!impl.tier().equals(t.name()) || !impl.families().contains(family)) {
                    continue;
                }
                try {
                    Object k = i == 0 && chain.size() > 1 ? impl.create(family, lazyBelow()) : impl.create(family);
                    if (!family.isInstance(k)) {
                        throw new IllegalStateException(impl.getClass().getName() + " returned "
                                + (k == null ? "null" : k.getClass().getName()) + " for " + family.getName());
                    }
                    LOG.debug("kernels {}: {} from tier {} ({})", tier(), family.getSimpleName(), t.name(),
                            k.getClass().getName());
                    return k;
                } catch (RuntimeException | LinkageError e) {
                    LOG.warn("kernel tier {} could not create {}: {}; trying the next tier of {}", t.name(),
                            family.getSimpleName(), e.toString(), chainNames());
                }
            }
        }
        throw new IllegalStateException("no kernel tier of " + chainNames() + " implements " + family.getName()
                + "; is the module that provides it on the class path?");
    }

    private List<String> chainNames() {
        return chain.stream().map(KernelTier::name).toList();
    }

    @Override
    public String toString() {
        return tier();
    }
}

package org.jcanns.models.navigation;

import java.util.List;
import org.jcanns.core.kernel.WarmFamily;
import org.jcanns.core.kernel.WarmSwitch;
import org.jcanns.spi.kernel.KernelSet;

/**
 * The navigation kernels of the {@code warm} tier: each runs the plain loops for its first calls, then the kernel
 * of the tier below (see {@link WarmSwitch}). {@code StepProducts} has no warm version: its window layouts belong
 * to one implementation, so a run keeps the one it starts with.
 */
final class WarmingNavigationKernels implements NavigationKernels, WarmFamily {
    private final NavigationKernels plain;
    private final KernelSet below;
    /** The tier below's kernels, made at the first call that needs them. */
    private volatile NavigationKernels fast;
    private final WarmSwitch axpy = new WarmSwitch();
    private final WarmSwitch outerSum = new WarmSwitch();
    private final WarmSwitch geometric = new WarmSwitch();
    private final WarmSwitch max = new WarmSwitch();
    private final WarmSwitch thresholdedSums = new WarmSwitch();

    WarmingNavigationKernels(NavigationKernels plain, KernelSet below) {
        this.plain = plain;
        this.below = below;
    }

    // Unsynchronised: a race makes two threads ask the tier below, which hands both the same instance.
    private NavigationKernels fast() {
        NavigationKernels f = fast;
        if (f == null) {
            f = below.get(NavigationKernels.class);
            fast = f;
        }
        return f;
    }

    @Override
    public List<WarmSwitch> switches() {
        return List.of(axpy, outerSum, geometric, max, thresholdedSums);
    }

    @Override
    public void axpy(double a, double[] x, int xFrom, double[] y, int yFrom, int length) {
        (axpy.fast(length) ? fast() : plain).axpy(a, x, xFrom, y, yFrom, length);
    }

    @Override
    public void outerSum(double[] rows, double[] cols, int count, int n, double[] acc) {
        (outerSum.fast((long) count * n * n) ? fast() : plain).outerSum(rows, cols, count, n, acc);
    }

    @Override
    public void geometric(double start, double step, double[] out, int from, int to) {
        (geometric.fast(to - from) ? fast() : plain).geometric(start, step, out, from, to);
    }

    @Override
    public float max(float[] a, int n) {
        return (max.fast(n) ? fast() : plain).max(a, n);
    }

    @Override
    public void thresholdedSums(float[] a, int rows, int cols, float floor, float[] rowSums, float[] colSums) {
        (thresholdedSums.fast((long) rows * cols) ? fast() : plain).thresholdedSums(a, rows, cols, floor, rowSums,
                colSums);
    }
}

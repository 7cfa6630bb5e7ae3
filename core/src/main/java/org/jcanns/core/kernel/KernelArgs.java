package org.jcanns.core.kernel;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.jcanns.spi.Tensor;

/**
 * Argument checks shared by every kernel family, core's and plugins'. The memory rule: kernels that take a
 * {@link Tensor} take off-heap memory (what {@link Tensor#allocate} gives), because native tiers hand it to C
 * code that cannot read the Java heap; heap data goes through the {@code float[]} kernels. The rule is checked on
 * every tier, so a heap tensor fails the same way on the scalar tier as on {@code openblas}.
 */
public final class KernelArgs {
    private KernelArgs() {
    }

    /** The tensor's memory, after checking that it is off-heap; {@code op} and {@code arg} name the call. */
    public static MemorySegment offHeap(Tensor t, String op, String arg) {
        MemorySegment s = t.segment();
        if (!s.isNative()) {
            throw new IllegalArgumentException(op + ": argument '" + arg + "' is a heap-backed tensor, but kernels "
                    + "that take tensors need off-heap memory (Tensor.allocate); pass heap arrays to the float[] "
                    + "kernels or copy them into an off-heap tensor");
        }
        return s;
    }

    /** The tensor's element count as an int. */
    public static int length(Tensor a) {
        return Math.toIntExact(a.size());
    }

    /** The common element count of two tensors; fails naming both shapes when they differ. */
    public static int sameSize(Tensor a, Tensor b) {
        if (a.size() != b.size()) {
            throw new IllegalArgumentException("arrays differ in size: " + Arrays.toString(a.shape()) + " vs "
                    + Arrays.toString(b.shape()));
        }
        return length(a);
    }
}

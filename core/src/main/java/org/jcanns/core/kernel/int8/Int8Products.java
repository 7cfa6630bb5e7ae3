package org.jcanns.core.kernel.int8;

import java.lang.foreign.MemorySegment;
import java.util.Arrays;
import org.jcanns.core.kernel.KernelArgs;
import org.jcanns.spi.Tensor;

/**
 * Products of float matrices with int8 matrices ({@code C = A·Qᵀ}), the compact form of ±1 weights.
 *
 * <p>Public methods check their arguments once (tensors must be off-heap: {@link KernelArgs#offHeap}) and call
 * the protected kernels, which assume valid input. {@link ScalarInt8Products} is the reference every other
 * implementation is tested against; {@link PanamaInt8Products} runs on the Vector API.
 */
public abstract class Int8Products {

    /**
     * C ← A·Qᵀ for row-major float A (m, k), int8 Q (n, k) and C (m, n): every C[i][j] is the dot product of row i
     * of A with row j of Q, the int8 values taken exactly. Sums of integer products below 2²⁴ are exact in every
     * tier, whatever the summation order.
     */
    public final void gemmBtInt8(Tensor a, Int8Matrix q, Tensor c) {
        if (a.rank() != 2 || c.rank() != 2 || a.dim(1) != q.cols() || c.dim(0) != a.dim(0) || c.dim(1) != q.rows()) {
            throw new IllegalArgumentException("gemmBtInt8 needs A (m, k), Q (n, k), C (m, n); got A "
                    + Arrays.toString(a.shape()) + ", Q (" + q.rows() + ", " + q.cols() + "), C "
                    + Arrays.toString(c.shape()));
        }
        if (KernelArgs.offHeap(a, "gemmBtInt8", "a").asOverlappingSlice(KernelArgs.offHeap(c, "gemmBtInt8", "c")).isPresent()
                || q.segment().asOverlappingSlice(KernelArgs.offHeap(c, "gemmBtInt8", "c")).isPresent()) {
            throw new IllegalArgumentException("gemmBtInt8 output C must not overlap A or Q");
        }
        gemmBtInt8(KernelArgs.offHeap(a, "gemmBtInt8", "a"), q.segment(), KernelArgs.offHeap(c, "gemmBtInt8", "c"), a.dim(0), q.rows(), a.dim(1));
    }

    /** Kernel of {@link #gemmBtInt8(Tensor, Int8Matrix, Tensor)}: A is (m, k) float, Q is (n, k) int8. */
    protected abstract void gemmBtInt8(MemorySegment a, MemorySegment q, MemorySegment c, int m, int n, int k);
}

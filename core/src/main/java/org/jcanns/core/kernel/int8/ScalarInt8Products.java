package org.jcanns.core.kernel.int8;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** {@code C = A·Qᵀ} as plain loops: the reference, and the implementation on any JVM. */
public class ScalarInt8Products extends Int8Products {
    @Override
    protected void gemmBtInt8(MemorySegment a, MemorySegment q, MemorySegment c, int m, int n, int k) {
        // The reference: plain loops, summing in index order.
        for (int i = 0; i < m; i++) {
            long rowA = (long) i * k;
            for (int j = 0; j < n; j++) {
                long rowQ = (long) j * k;
                float s = 0;
                for (int l = 0; l < k; l++) {
                    s += a.getAtIndex(ValueLayout.JAVA_FLOAT, rowA + l) * q.get(ValueLayout.JAVA_BYTE, rowQ + l);
                }
                c.setAtIndex(ValueLayout.JAVA_FLOAT, (long) i * n + j, s);
            }
        }
    }
}

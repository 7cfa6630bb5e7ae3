package org.jcanns.models.navigation.hierarchical;

import java.lang.foreign.MemorySegment;
import org.jcanns.spi.Tensor;

/**
 * Tensor views of heap arrays: the batched band and grid cells keep their states in {@code float[]} (the Vector API
 * and C2 loops read heap arrays faster than off-heap segments) and list slices of them as live model states.
 */
final class HeapTensors {
    private HeapTensors() {
    }

    /** The values {@code [from, from + length)} of {@code array} as a live tensor of that length. */
    static Tensor view(float[] array, int from, int length) {
        return Tensor.wrap(MemorySegment.ofArray(array).asSlice((long) from * Float.BYTES,
                (long) length * Float.BYTES), length);
    }
}

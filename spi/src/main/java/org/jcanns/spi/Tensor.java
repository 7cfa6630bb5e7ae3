package org.jcanns.spi;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;

/**
 * A row-major float32 array of any rank, backed by a {@link MemorySegment} (normally off-heap).
 *
 * <p>Views ({@link #slice}, {@link #reshape}) share memory with their parent. The memory is owned by the
 * {@link Arena} it was allocated from; a tensor never frees memory itself.
 */
public final class Tensor {
    private static final ValueLayout.OfFloat FLOAT = ValueLayout.JAVA_FLOAT;

    private final MemorySegment segment;
    private final int[] shape;
    private final long size;

    private Tensor(MemorySegment segment, int[] shape) {
        this.shape = shape.clone();
        this.size = checkedSize(this.shape);
        if (segment.byteSize() != size * Float.BYTES) {
            throw new IllegalArgumentException("segment holds " + segment.byteSize() / Float.BYTES
                    + " floats but shape " + Arrays.toString(shape) + " needs " + size);
        }
        this.segment = segment;
    }

    /** Allocates a zero-filled tensor of the given shape from {@code arena}. */
    public static Tensor allocate(Arena arena, int... shape) {
        long n = checkedSize(shape);
        // 64-byte alignment: a whole cache line, and the widest SIMD register, per row start.
        return new Tensor(arena.allocate(n * Float.BYTES, 64), shape);
    }

    /** Wraps an existing segment (its byte size must equal 4 times the element count). */
    public static Tensor wrap(MemorySegment segment, int... shape) {
        return new Tensor(segment, shape);
    }

    /** Copies {@code values} into a new tensor allocated from {@code arena}. */
    public static Tensor of(Arena arena, float[] values, int... shape) {
        Tensor t = allocate(arena, shape.length == 0 ? new int[] {values.length} : shape);
        if (t.size != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + t.size
                    + " values, got " + values.length);
        }
        MemorySegment.copy(values, 0, t.segment, FLOAT, 0, values.length);
        return t;
    }

    private static long checkedSize(int[] shape) {
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    /** The memory behind this tensor: {@code size()} floats in native byte order. */
    public MemorySegment segment() {
        return segment;
    }

    /** A copy of the shape. */
    public int[] shape() {
        return shape.clone();
    }

    /** Length of dimension {@code axis}. */
    public int dim(int axis) {
        return shape[axis];
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Number of elements. */
    public long size() {
        return size;
    }

    /** Element at row-major flat index {@code i}. */
    public float get(long i) {
        return segment.getAtIndex(FLOAT, i);
    }

    /** Sets the element at row-major flat index {@code i}. */
    public void set(long i, float value) {
        segment.setAtIndex(FLOAT, i, value);
    }

    /** Element at ({@code i}, {@code j}) of a rank-2 tensor. */
    public float get(int i, int j) {
        return segment.getAtIndex(FLOAT, (long) i * shape[1] + j);
    }

    /** Sets element ({@code i}, {@code j}) of a rank-2 tensor. */
    public void set(int i, int j, float value) {
        segment.setAtIndex(FLOAT, (long) i * shape[1] + j, value);
    }

    /** The sub-tensor at {@code index} along the first axis, sharing memory. */
    public Tensor slice(int index) {
        if (shape.length == 0 || index < 0 || index >= shape[0]) {
            throw new IndexOutOfBoundsException("index " + index + " outside first axis of " + Arrays.toString(shape));
        }
        int[] rest = Arrays.copyOfRange(shape, 1, shape.length);
        long n = checkedSize(rest);
        return new Tensor(segment.asSlice(index * n * Float.BYTES, n * Float.BYTES), rest);
    }

    /** A view with another shape of the same element count. */
    public Tensor reshape(int... newShape) {
        return new Tensor(segment, newShape);
    }

    /** Copies all elements of {@code source} (same element count) into this tensor. */
    public void copyFrom(Tensor source) {
        if (source.size != size) {
            throw new IllegalArgumentException("cannot copy " + Arrays.toString(source.shape) + " into "
                    + Arrays.toString(shape));
        }
        MemorySegment.copy(source.segment, 0, segment, 0, size * Float.BYTES);
    }

    /** Copies {@code values} (one per element) into this tensor. */
    public void copyFrom(float[] values) {
        if (values.length != size) {
            throw new IllegalArgumentException("need " + size + " values, got " + values.length);
        }
        MemorySegment.copy(values, 0, segment, FLOAT, 0, values.length);
    }

    /** Sets every element to {@code value}. */
    public void fill(float value) {
        if (value == 0f) {
            segment.fill((byte) 0);
        } else {
            for (long i = 0; i < size; i++) {
                segment.setAtIndex(FLOAT, i, value);
            }
        }
    }

    /** The elements as a new heap array. */
    public float[] toArray() {
        return segment.toArray(FLOAT);
    }

    @Override
    public String toString() {
        return "Tensor" + Arrays.toString(shape);
    }
}

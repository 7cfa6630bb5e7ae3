package org.jcanns.core.io;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.Arrays;
import java.util.Locale;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.analysis.NumericArray;

/**
 * An n-dimensional array as numpy stores it: element type, C-order shape and the element bytes in native order.
 * Float32 arrays convert to and from {@link Tensor} without copying.
 */
public record NpyArray(DType dtype, int[] shape, MemorySegment data) {
    public NpyArray {
        shape = shape.clone();
        long n = count(shape);
        if (data.byteSize() != n * dtype.bytes()) {
            throw new IllegalArgumentException(dtype + " array of shape " + Arrays.toString(shape) + " needs "
                    + n * dtype.bytes() + " bytes, got " + data.byteSize());
        }
    }

    static long count(int[] shape) {
        long n = 1;
        for (int d : shape) {
            n = Math.multiplyExact(n, d);
        }
        return n;
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of elements. */
    public long size() {
        return count(shape);
    }

    /** A float32 array sharing memory with {@code t}. */
    public static NpyArray of(Tensor t) {
        return new NpyArray(DType.FLOAT32, t.shape(), t.segment());
    }

    /** A float64 array holding a copy of {@code a}, with its shape (0-d included). */
    public static NpyArray of(NumericArray a) {
        return new NpyArray(DType.FLOAT64, a.shape(), MemorySegment.ofArray(a.values().clone()));
    }

    /** The elements converted to float64, with this shape. */
    public NumericArray toNumericArray() {
        return new NumericArray(toDoubles(), shape);
    }

    /** A float32 array holding a copy of {@code values} (shape defaults to 1-D). */
    public static NpyArray ofFloats(float[] values, int... shape) {
        return new NpyArray(DType.FLOAT32, shapeOr(values.length, shape), MemorySegment.ofArray(values.clone()));
    }

    /** A float64 array holding a copy of {@code values} (shape defaults to 1-D). */
    public static NpyArray ofDoubles(double[] values, int... shape) {
        return new NpyArray(DType.FLOAT64, shapeOr(values.length, shape), MemorySegment.ofArray(values.clone()));
    }

    /** An int32 array holding a copy of {@code values} (shape defaults to 1-D). */
    public static NpyArray ofInts(int[] values, int... shape) {
        return new NpyArray(DType.INT32, shapeOr(values.length, shape), MemorySegment.ofArray(values.clone()));
    }

    /** An int64 array holding a copy of {@code values} (shape defaults to 1-D). */
    public static NpyArray ofLongs(long[] values, int... shape) {
        return new NpyArray(DType.INT64, shapeOr(values.length, shape), MemorySegment.ofArray(values.clone()));
    }

    /** A bool array holding a copy of {@code values} (shape defaults to 1-D). */
    public static NpyArray ofBooleans(boolean[] values, int... shape) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < b.length; i++) {
            b[i] = (byte) (values[i] ? 1 : 0);
        }
        return new NpyArray(DType.BOOL, shapeOr(values.length, shape), MemorySegment.ofArray(b));
    }

    /** A 0-d float64 array (a numpy scalar). */
    public static NpyArray scalar(double value) {
        return new NpyArray(DType.FLOAT64, new int[0], MemorySegment.ofArray(new double[] {value}));
    }

    private static int[] shapeOr(int length, int[] shape) {
        return shape.length == 0 ? new int[] {length} : shape;
    }

    /** Element {@code i} (row-major) converted to double. */
    public double getDouble(long i) {
        return switch (dtype) {
            case FLOAT32 -> data.getAtIndex(ValueLayout.JAVA_FLOAT_UNALIGNED, i);
            case FLOAT64 -> data.getAtIndex(ValueLayout.JAVA_DOUBLE_UNALIGNED, i);
            case INT8 -> data.get(ValueLayout.JAVA_BYTE, i);
            case UINT8 -> Byte.toUnsignedInt(data.get(ValueLayout.JAVA_BYTE, i));
            case INT32 -> data.getAtIndex(ValueLayout.JAVA_INT_UNALIGNED, i);
            case INT64 -> data.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i);
            case BOOL -> data.get(ValueLayout.JAVA_BYTE, i) != 0 ? 1 : 0;
        };
    }

    /** Element {@code i} (row-major) converted to long; floats are truncated toward zero. */
    public long getLong(long i) {
        return switch (dtype) {
            case INT64 -> data.getAtIndex(ValueLayout.JAVA_LONG_UNALIGNED, i);
            default -> (long) getDouble(i);
        };
    }

    /** All elements converted to double. */
    public double[] toDoubles() {
        if (dtype == DType.FLOAT64) {
            return data.toArray(ValueLayout.JAVA_DOUBLE_UNALIGNED);
        }
        double[] out = new double[Math.toIntExact(size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = getDouble(i);
        }
        return out;
    }

    /** All elements converted to float. */
    public float[] toFloats() {
        if (dtype == DType.FLOAT32) {
            return data.toArray(ValueLayout.JAVA_FLOAT_UNALIGNED);
        }
        float[] out = new float[Math.toIntExact(size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) getDouble(i);
        }
        return out;
    }

    /** All elements converted to long. */
    public long[] toLongs() {
        long[] out = new long[Math.toIntExact(size())];
        for (int i = 0; i < out.length; i++) {
            out[i] = getLong(i);
        }
        return out;
    }

    /** A float32 tensor with these values: shares memory when this array is float32, else a copy from {@code arena}. */
    public Tensor toTensor(Arena arena) {
        if (dtype == DType.FLOAT32 && data.isNative() && data.address() % Float.BYTES == 0) {
            return Tensor.wrap(data, shape);
        }
        Tensor t = Tensor.allocate(arena, shape);
        long n = size();
        for (long i = 0; i < n; i++) {
            t.set(i, (float) getDouble(i));
        }
        return t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NpyArray a && a.dtype == dtype && Arrays.equals(a.shape, shape)
                && data.mismatch(a.data) == -1;
    }

    @Override
    public int hashCode() {
        return dtype.hashCode() * 31 + Arrays.hashCode(shape);
    }

    @Override
    public String toString() {
        return dtype.name().toLowerCase(Locale.ROOT) + Arrays.toString(shape);
    }
}

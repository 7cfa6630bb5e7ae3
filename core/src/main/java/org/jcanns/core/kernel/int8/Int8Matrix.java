package org.jcanns.core.kernel.int8;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/**
 * A row-major int8 matrix in a {@link MemorySegment}: the compact form of a weight matrix whose entries are small
 * integers times one scale (Hebbian weights of ±1 patterns), at a quarter of the float32 memory traffic.
 *
 * @param segment {@code rows·cols} bytes
 * @param rows number of rows
 * @param cols number of columns
 */
public record Int8Matrix(MemorySegment segment, int rows, int cols) {
    public Int8Matrix {
        if (rows < 0 || cols < 0 || segment.byteSize() != (long) rows * cols) {
            throw new IllegalArgumentException("an int8 matrix (" + rows + ", " + cols + ") needs " + (long) rows * cols
                    + " bytes, got " + segment.byteSize());
        }
    }

    /** A zero-filled matrix allocated from {@code arena}, each row start 64-byte aligned when cols is. */
    public static Int8Matrix allocate(Arena arena, int rows, int cols) {
        return new Int8Matrix(arena.allocate((long) rows * cols, 64), rows, cols);
    }

    /** Element (i, j). */
    public byte get(int i, int j) {
        return segment.get(ValueLayout.JAVA_BYTE, (long) i * cols + j);
    }

    /** Sets element (i, j). */
    public void set(int i, int j, byte value) {
        segment.set(ValueLayout.JAVA_BYTE, (long) i * cols + j, value);
    }

    /** Copies {@code values} into row {@code i}. */
    public void setRow(int i, byte[] values) {
        if (values.length != cols) {
            throw new IllegalArgumentException("row needs " + cols + " values, got " + values.length);
        }
        MemorySegment.copy(values, 0, segment, ValueLayout.JAVA_BYTE, (long) i * cols, cols);
    }

    /** The {@code count} rows from {@code from}, sharing memory. */
    public Int8Matrix rows(int from, int count) {
        if (from < 0 || count < 0 || from + count > rows) {
            throw new IndexOutOfBoundsException("rows " + from + ".." + (from + count) + " outside 0.." + rows);
        }
        return new Int8Matrix(segment.asSlice((long) from * cols, (long) count * cols), count, cols);
    }
}

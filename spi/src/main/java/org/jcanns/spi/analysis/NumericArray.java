package org.jcanns.spi.analysis;

import java.lang.foreign.Arena;
import java.util.Arrays;
import org.jcanns.spi.Tensor;

/**
 * A row-major float64 array of any rank on the heap: what analyses read and return (recorded data, fits). Analyses
 * of experimental data work in float64, as numpy does by default, unlike the float32 model states ({@link
 * org.jcanns.spi.Tensor}).
 */
public record NumericArray(double[] values, int[] shape) {
    /** Checks that {@code shape} holds exactly {@code values.length} elements. */
    public NumericArray {
        shape = shape.clone();
        long n = 1;
        for (int d : shape) {
            if (d < 0) {
                throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(shape));
            }
            n = Math.multiplyExact(n, d);
        }
        if (n != values.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + n + " values, got "
                    + values.length);
        }
    }

    /** The array of {@code values} with {@code shape} (1-D when no shape is given); the values are not copied. */
    public static NumericArray of(double[] values, int... shape) {
        return new NumericArray(values, shape.length == 0 ? new int[] {values.length} : shape);
    }

    /** A 0-d array holding {@code value}. */
    public static NumericArray scalar(double value) {
        return new NumericArray(new double[] {value}, new int[0]);
    }

    @Override
    public int[] shape() {
        return shape.clone();
    }

    /** Number of dimensions. */
    public int rank() {
        return shape.length;
    }

    /** Length of dimension {@code axis}. */
    public int dim(int axis) {
        return shape[axis];
    }

    /** Number of elements. */
    public int size() {
        return values.length;
    }

    /** Element at row-major flat index {@code i}. */
    public double get(int i) {
        return values[i];
    }

    /** Element ({@code i}, {@code j}) of a rank-2 array. */
    public double get(int i, int j) {
        return values[i * shape[1] + j];
    }

    /** These values rounded to a float32 tensor of the same shape, allocated from {@code arena} (for plots). */
    public Tensor toTensor(Arena arena) {
        Tensor t = Tensor.allocate(arena, shape);
        for (int i = 0; i < values.length; i++) {
            t.set(i, (float) values[i]);
        }
        return t;
    }

    /** The values of {@code t} widened to float64, same shape. */
    public static NumericArray of(Tensor t) {
        double[] v = new double[Math.toIntExact(t.size())];
        for (int i = 0; i < v.length; i++) {
            v[i] = t.get(i);
        }
        return new NumericArray(v, t.shape());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NumericArray a && Arrays.equals(a.shape, shape) && Arrays.equals(a.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "float64" + Arrays.toString(shape);
    }
}

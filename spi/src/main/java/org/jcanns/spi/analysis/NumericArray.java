package org.jcanns.spi.analysis;

import java.util.Arrays;

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

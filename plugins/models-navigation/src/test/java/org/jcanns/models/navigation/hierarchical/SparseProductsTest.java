package org.jcanns.models.navigation.hierarchical;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.testing.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both implementations of {@link SparseProducts} against the plain double-precision sums, on sizes that are and are
 * not multiples of the vector blocks, with inputs that are half zeros; a NaN input reaches the output.
 */
class SparseProductsTest {
    private static List<SparseProducts> implementations() {
        return List.of(SparseProducts.SCALAR, SparseProducts.forTier(Kernels.active()));
    }

    private static float[] halfZeros(Random random, int size) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = random.nextBoolean() ? 0f : random.nextFloat() * 2 - 1;
        }
        return x;
    }

    @ParameterizedTest(name = "m={0}")
    @ValueSource(ints = {1, 7, 32, 33, 900})
    void panelProductIsTheMatrixProductOverTheNonZeroColumns(int m) {
        Random random = new Random(m);
        int k = 150;
        float[] a = new float[m * k];
        for (int i = 0; i < a.length; i++) {
            a[i] = random.nextFloat();
        }
        float[] x = halfZeros(random, k);
        double[] expected = new double[m];
        for (int i = 0; i < m; i++) {
            for (int q = 0; q < k; q++) {
                expected[i] += (double) a[i * k + q] * x[q];
            }
        }
        for (SparseProducts products : implementations()) {
            int[] nonZero = new int[k];
            int count = SparseProducts.nonZero(x, 0, k, nonZero);
            assertTrue(count > 0 && count < k);
            float[] y = new float[m];
            products.panelProduct(products.panels(a, m, k), k, nonZero, count, x, y, m);
            Tolerance.assertClose(expected, y, 1e-5, 1e-6, products + " m=" + m);
            float kept = x[k / 2];
            x[k / 2] = Float.NaN;
            count = SparseProducts.nonZero(x, 0, k, nonZero);
            products.panelProduct(products.panels(a, m, k), k, nonZero, count, x, y, m);
            assertTrue(Float.isNaN(y[m - 1]), "a NaN input reaches the output");
            x[k / 2] = kept;
        }
    }

    @ParameterizedTest(name = "n={0}")
    @ValueSource(ints = {1, 5, 20, 33})
    void torusProductIsTheCirculantProduct(int n) {
        Random random = new Random(n);
        int cells = n * n;
        float[] kernel = new float[cells];
        for (int i = 0; i < cells; i++) {
            kernel[i] = random.nextFloat();
        }
        int offset = 3;
        float[] r = new float[offset + cells];
        System.arraycopy(halfZeros(random, cells), 0, r, offset, cells);
        r[offset] = 0.5f;
        double[] expected = new double[cells];
        for (int p = 0; p < cells; p++) {
            for (int q = 0; q < cells; q++) {
                int di = Math.floorMod(p / n - q / n, n), dj = Math.floorMod(p % n - q % n, n);
                expected[p] += (double) kernel[di * n + dj] * r[offset + q];
            }
        }
        for (SparseProducts products : implementations()) {
            int[] nonZero = new int[cells];
            int count = SparseProducts.nonZero(r, offset, cells, nonZero);
            float[] y = new float[2 + cells];
            products.torusProduct(products.torusWindow(kernel, n), n, nonZero, count, r, offset, y, 2);
            Tolerance.assertClose(expected, Arrays.copyOfRange(y, 2, 2 + cells), 1e-5, 1e-6,
                    products + " n=" + n);
            assertEquals(0f, y[0]);
        }
    }
}

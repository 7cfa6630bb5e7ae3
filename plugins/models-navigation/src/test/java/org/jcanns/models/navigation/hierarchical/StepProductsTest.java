package org.jcanns.models.navigation.hierarchical;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.testing.Tolerance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Both implementations of {@link StepProducts} against the plain double-precision sums, on sizes that are and are
 * not multiples of the vector blocks, with inputs that are half zeros; the ring sums against three circulant
 * matrices, for odd and even band counts.
 */
class StepProductsTest {
    /** Every loadable tier's implementation, checked to be that tier's own (a vector tier never hands out loops). */
    private static List<StepProducts> implementations() {
        List<StepProducts> out = new java.util.ArrayList<>();
        for (Kernels k : KernelTiers.loadable()) {
            StepProducts p = k.get(StepProducts.class);
            assertEquals(k.tier().equals("scalar") ? StepProducts.SCALAR.getClass() : PanamaStepProducts.class,
                    p.getClass(), "StepProducts of tier " + k.tier());
            out.add(p);
        }
        assertEquals(2, out.stream().map(Object::getClass).distinct().count(), "both implementations are tested");
        return out;
    }

    private static float[] halfZeros(Random random, int size) {
        float[] x = new float[size];
        for (int i = 0; i < size; i++) {
            x[i] = random.nextBoolean() ? 0f : random.nextFloat() * 2 - 1;
        }
        return x;
    }

    @ParameterizedTest(name = "n={0}")
    @ValueSource(ints = {1, 7, 32, 33, 2000})
    void dotIsTheDoublePrecisionSum(int n) {
        Random random = new Random(n);
        float[] a = halfZeros(random, n + 3);
        float[] x = halfZeros(random, n);
        double expected = 0;
        for (int i = 0; i < n; i++) {
            expected += (double) a[3 + i] * x[i];
        }
        for (StepProducts products : implementations()) {
            assertEquals(expected, products.dot(a, 3, x, n), 1e-5 * n, products + " n=" + n);
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
        for (StepProducts products : implementations()) {
            int[] nonZero = new int[cells];
            int count = StepProducts.nonZero(r, offset, cells, nonZero);
            float[] y = new float[2 + cells];
            products.torusProduct(products.torusWindow(kernel, n), n, nonZero, count, r, offset, y, 2);
            Tolerance.assertClose(expected, Arrays.copyOfRange(y, 2, 2 + cells), 1e-5, 1e-6,
                    products + " n=" + n);
            assertEquals(0f, y[0]);
        }
    }

    @ParameterizedTest(name = "bands={0}")
    @ValueSource(ints = {1, 2, 3})
    void ringSumsAreThreeCirculantProducts(int bands) {
        int n = 37;
        Random random = new Random(bands);
        float[][] kernels = new float[3][n];
        float[][] inputs = new float[3][bands * n];
        for (int k = 0; k < 3; k++) {
            for (int i = 0; i < n; i++) {
                kernels[k][i] = random.nextFloat();
            }
            for (int i = 0; i < bands * n; i++) {
                inputs[k][i] = random.nextFloat() * 2 - 1;
            }
        }
        for (StepProducts products : implementations()) {
            float[][] windows = new float[3][];
            for (int k = 0; k < 3; k++) {
                windows[k] = products.ringWindow(kernels[k]);
            }
            int outputs = products.ringOutputs(n);
            float[] y = new float[bands * outputs];
            products.ringSums(windows, inputs, n, bands, y);
            for (int b = 0; b < bands; b++) {
                double[] expected = new double[n];
                for (int j = 0; j < n; j++) {
                    for (int k = 0; k < 3; k++) {
                        for (int i = 0; i < n; i++) {
                            expected[j] += (double) kernels[k][Math.floorMod(j - i, n)] * inputs[k][b * n + i];
                        }
                    }
                }
                Tolerance.assertClose(expected, Arrays.copyOfRange(y, b * outputs, b * outputs + n), 1e-5, 1e-6,
                        products + " band " + b);
            }
        }
    }
}

package org.jcanns.nativeblas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.kernel.elementwise.PanamaElementWise;
import org.jcanns.core.testing.ChildProcess;
import org.jcanns.core.testing.Tolerance;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;

/**
 * The openblas tier wins the selection, loads one library (at its first matrix product, not when chosen), and agrees
 * with the scalar reference.
 */
class OpenBlasTierTest {
    private static final Kernels REF = KernelTiers.named("scalar");

    private static Tensor random(Arena arena, long seed, int... shape) {
        return Tolerance.uniform(arena, seed, shape);
    }

    private static double[] d(Tensor t) {
        return Tolerance.toDoubles(t);
    }

    @Test
    void isTheFastestFixedTierAndLoadsOneLibrary() {
        assertEquals(List.of("warm", "openblas"), KernelTiers.names().subList(0, 2), "warm starts on plain loops");
        Kernels k = KernelTiers.named("openblas");
        assertEquals("openblas", k.tier());
        OpenBlas blas = OpenBlas.load();
        assertEquals(1, OpenBlas.mappedCopies().size(), "one OpenBLAS mapped: " + OpenBlas.mappedCopies());
        assertTrue(OpenBlas.mappedCopies().get(0).equals(blas.library().toString()),
                OpenBlas.mappedCopies() + " vs " + blas.library());
        assertEquals(1, blas.getNumThreads(), "jcanns splits batches itself: one OpenBLAS thread by default");
        assertFalse(blas.corename().isBlank());
        assertTrue(KernelTiers.named("openblas").description().contains(blas.corename()),
                "once loaded, the description names the core: " + KernelTiers.named("openblas").description());
        // Matrix products from OpenBLAS, the other families from the fallback tier panama: never plain loops.
        assertEquals(OpenBlasMatrixProducts.class, k.products().getClass());
        assertTrue(k.elementWise() instanceof PanamaElementWise, k.elementWise().getClass().getName());
    }

    /**
     * For the child JVM below: chooses the openblas tier, runs element-wise kernels, then one gemv, and prints how
     * many OpenBLAS libraries are mapped after each.
     */
    public static void main(String[] args) {
        Kernels k = KernelTiers.named("openblas");
        try (Arena arena = Arena.ofConfined()) {
            Tensor x = random(arena, 1, 64), y = random(arena, 2, 64);
            k.elementWise().axpy(0.5f, x, y);
            System.out.println("DESCRIPTION=" + k.description());
            System.out.println("BEFORE=" + OpenBlas.mappedCopies().size());
            Tensor a = random(arena, 3, 8, 64), out = Tensor.allocate(arena, 8);
            k.products().gemv(a, x, out);
            System.out.println("AFTER=" + OpenBlas.mappedCopies().size());
        }
    }

    @Test
    void choosingTheTierLoadsNothingUntilTheFirstMatrixProduct() throws Exception {
        String out = ChildProcess.run(ChildProcess.java(List.of("--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED"), OpenBlasTierTest.class), Map.of(), Duration.ofMinutes(2))
                .requireSuccess();
        assertTrue(out.contains("BEFORE=0"), "no OpenBLAS mapped before a matrix product:\n" + out);
        assertTrue(out.contains("AFTER=1"), "one OpenBLAS mapped after the first gemv:\n" + out);
        assertTrue(out.contains("loaded at the first matrix product"), out);
    }

    @Test
    void aLibraryThatCannotLoadLeavesTheProductsOnTheVectorApi() throws Exception {
        Path notALibrary = Files.createTempFile("jcanns-not-openblas", ".so");
        try {
            var r = ChildProcess.run(ChildProcess.java(List.of("--add-modules=jdk.incubator.vector",
                    "--enable-native-access=ALL-UNNAMED", "-D" + OpenBlas.LIBRARY_PROPERTY + "=" + notALibrary),
                    OpenBlasTierTest.class), Map.of(), Duration.ofMinutes(2));
            String out = r.requireSuccess();
            assertTrue(out.contains("AFTER=0"), "nothing mapped:\n" + r.describe());
            assertTrue(r.stderr().contains("OpenBLAS could not be loaded"), "warned:\n" + r.describe());
        } finally {
            Files.delete(notALibrary);
        }
    }

    @Test
    void theWarmTierMovesItsProductsToOpenBlas() {
        Kernels warm = KernelTiers.named("warm"), blas = KernelTiers.named("openblas");
        try (Arena arena = Arena.ofConfined()) {
            Tensor a = random(arena, 5, 300, 257), x = random(arena, 6, 257);
            Tensor y1 = Tensor.allocate(arena, 300), y2 = Tensor.allocate(arena, 300), y3 = Tensor.allocate(arena, 300);
            warm.beginRun();
            warm.products().gemv(a, x, y1);
            REF.products().gemv(a, x, y2);
            assertArrayEquals(y2.toArray(), y1.toArray(), "the first step on plain loops");
            warm.settle(1_000_000);
            warm.products().gemv(a, x, y1);
            blas.products().gemv(a, x, y3);
            assertArrayEquals(y3.toArray(), y1.toArray(), "a long run's products from OpenBLAS");
        }
    }

    @Test
    void matrixProductsAgreeWithScalar() {
        Kernels k = KernelTiers.named("openblas");
        try (Arena arena = Arena.ofConfined()) {
            for (int[] s : new int[][] {{1, 1}, {3, 17}, {64, 64}, {5, 1021}, {130, 7}}) {
                int m = s[0], n = s[1];
                Tensor a = random(arena, m * 31L + n, m, n), x = random(arena, n, n);
                Tensor y1 = Tensor.allocate(arena, m), y2 = Tensor.allocate(arena, m);
                REF.products().gemv(a, x, y1);
                k.products().gemv(a, x, y2);
                Tolerance.assertClose(d(y1), y2.toArray(), 1e-5, 1e-6, "gemv " + m + "x" + n);
                Tensor b = random(arena, 7L * n, 9, n);
                Tensor c1 = Tensor.allocate(arena, m, 9), c2 = Tensor.allocate(arena, m, 9);
                REF.products().gemmBt(a, b, c1);
                k.products().gemmBt(a, b, c2);
                Tolerance.assertClose(d(c1), c2.toArray(), 1e-5, 1e-6, "gemmBt " + m + "x9x" + n);
                // Both sides of the sgemm/sgemv switch.
                for (int rows : new int[] {OpenBlasMatrixProducts.SGEMM_MIN_ROWS - 1, OpenBlasMatrixProducts.SGEMM_MIN_ROWS}) {
                    Tensor ar = random(arena, rows * 13L + n, rows, n);
                    Tensor d1 = Tensor.allocate(arena, rows, 9), d2 = Tensor.allocate(arena, rows, 9);
                    REF.products().gemmBt(ar, b, d1);
                    k.products().gemmBt(ar, b, d2);
                    Tolerance.assertClose(d(d1), d2.toArray(), 1e-5, 1e-6, "gemmBt " + rows + " rows");
                    // Split by columns (strided C): sgemm with ldc, or sgemv into strided rows.
                    Tensor d3 = Tensor.allocate(arena, rows, 9);
                    k.products().gemmBtColumns(ar, b, d3, 4, 9);
                    k.products().gemmBtColumns(ar, b, d3, 0, 4);
                    Tolerance.assertClose(d(d1), d3.toArray(), 1e-5, 1e-6, "gemmBtColumns " + rows + " rows");
                }
            }
        }
    }

    @Test
    void fewRowsByAStreamedMatrixAgreeWithScalar() {
        // B just above the size where few rows of A leave sgemv for the Vector API tiles; 6 rows: a tile and two more.
        int n = 4096, k = (int) (OpenBlasMatrixProducts.STREAMED_B_BYTES / Float.BYTES / n) + 5;
        Kernels kernels = KernelTiers.named("openblas");
        try (Arena arena = Arena.ofConfined()) {
            Tensor a = random(arena, 3, 6, k), b = random(arena, 4, n, k);
            Tensor c1 = Tensor.allocate(arena, 6, n), c2 = Tensor.allocate(arena, 6, n);
            REF.products().gemmBt(a, b, c1);
            kernels.products().gemmBt(a, b, c2);
            Tolerance.assertClose(d(c1), c2.toArray(), 1e-5, 1e-6, "gemmBt 6 rows by a streamed B");
        }
    }

    @Test
    void levelOneCallsAgreeWithScalar() {
        OpenBlas blas = OpenBlas.load();
        try (Arena arena = Arena.ofConfined()) {
            Tensor x = random(arena, 1, 1000), y = random(arena, 2, 1000);
            assertEquals(REF.elementWise().dot(x, y), blas.sdot(1000, x.segment(), y.segment()), 1e-3);
            Tensor y1 = Tensor.allocate(arena, 1000), y2 = Tensor.allocate(arena, 1000);
            y1.copyFrom(y);
            y2.copyFrom(y);
            REF.elementWise().axpy(0.5f, x, y1);
            blas.saxpy(1000, 0.5f, x.segment(), y2.segment());
            Tolerance.assertClose(d(y1), y2.toArray(), 1e-6, 1e-7, "saxpy");
        }
    }
}

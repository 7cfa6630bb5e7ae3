package org.jcanns.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.core.testing.Python;
import org.jcanns.spi.Tensor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** numpy reads what jcanns writes and jcanns reads what numpy writes, for every supported dtype. */
class NpyInteropTest {
    private static final Path SCRIPT = Python.script("npy_fixtures.py");

    /** name → (dtype, shape, big-endian in numpy's files), mirroring ARRAYS in npy_fixtures.py. */
    private record Spec(DType type, int[] shape) {
    }

    private static final Map<String, Spec> ARRAYS = new LinkedHashMap<>();

    static {
        ARRAYS.put("f4_2x3", new Spec(DType.FLOAT32, new int[] {2, 3}));
        ARRAYS.put("f8_5", new Spec(DType.FLOAT64, new int[] {5}));
        ARRAYS.put("i4_4x2", new Spec(DType.INT32, new int[] {4, 2}));
        ARRAYS.put("i8_3", new Spec(DType.INT64, new int[] {3}));
        ARRAYS.put("b_7", new Spec(DType.BOOL, new int[] {7}));
        ARRAYS.put("i1_5", new Spec(DType.INT8, new int[] {5}));
        ARRAYS.put("u1_6", new Spec(DType.UINT8, new int[] {6}));
        ARRAYS.put("f4_big_2x2x2", new Spec(DType.FLOAT32, new int[] {2, 2, 2}));
        ARRAYS.put("i8_big_4", new Spec(DType.INT64, new int[] {4}));
        ARRAYS.put("f8_scalar", new Spec(DType.FLOAT64, new int[] {}));
        ARRAYS.put("f4_empty", new Spec(DType.FLOAT32, new int[] {0, 3}));
    }

    /** The formula of npy_fixtures.values(), element i, as a double (exact for every fixture value). */
    private static double value(DType t, long i) {
        return switch (t) {
            case FLOAT32, FLOAT64 -> i * 0.5 - 3.0;
            case BOOL -> i % 3 == 0 ? 1 : 0;
            case UINT8 -> (i * 3) % 256;
            case INT8 -> (i % 200) - 100;
            case INT32 -> i * 7 - 20;
            case INT64 -> i * 3000000000L - 5;
        };
    }

    private static NpyArray expected(Spec s) {
        long n = NpyArray.count(s.shape());
        MemorySegment data = Arena.ofAuto().allocate(Math.max(1, n * s.type().bytes())).asSlice(0, n * s.type().bytes());
        for (long i = 0; i < n; i++) {
            switch (s.type()) {
                case FLOAT32 -> data.setAtIndex(java.lang.foreign.ValueLayout.JAVA_FLOAT, i, (float) value(s.type(), i));
                case FLOAT64 -> data.setAtIndex(java.lang.foreign.ValueLayout.JAVA_DOUBLE, i, value(s.type(), i));
                case INT32 -> data.setAtIndex(java.lang.foreign.ValueLayout.JAVA_INT, i, (int) value(s.type(), i));
                case INT64 -> data.setAtIndex(java.lang.foreign.ValueLayout.JAVA_LONG, i, i * 3000000000L - 5);
                default -> data.set(java.lang.foreign.ValueLayout.JAVA_BYTE, i, (byte) value(s.type(), i));
            }
        }
        return new NpyArray(s.type(), s.shape(), data);
    }

    private static void assertMatches(String name, NpyArray actual) {
        Spec s = ARRAYS.get(name);
        assertEquals(s.type(), actual.dtype(), name + " dtype");
        assertArrayEquals(s.shape(), actual.shape(), name + " shape");
        assertEquals(expected(s), actual, name + " values");
    }

    @Test
    void readsWhatNumpyWrote(@TempDir Path dir) throws Exception {
        Python.run(SCRIPT, "write", dir.toString());
        try (Arena arena = Arena.ofConfined()) {
            for (String name : ARRAYS.keySet()) {
                assertMatches(name, Npy.load(dir.resolve(name + ".npy"), arena));
            }
            NpyArray fortran = Npy.load(dir.resolve("f8_fortran_3x4x2.npy"), arena);
            assertEquals(expected(new Spec(DType.FLOAT64, new int[] {3, 4, 2})), fortran,
                    "a column-major file reads back in C order");
            for (String archive : new String[] {"stored.npz", "compressed.npz"}) {
                Map<String, NpyArray> z = Npz.load(dir.resolve(archive), arena);
                assertEquals(ARRAYS.keySet(), z.keySet(), archive + " keys");
                z.forEach(NpyInteropTest::assertMatches);
            }
        }
    }

    @Test
    void numpyReadsWhatWeWrote(@TempDir Path dir) throws Exception {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        ARRAYS.forEach((name, spec) -> arrays.put(name, expected(spec)));
        for (var e : arrays.entrySet()) {
            Npy.save(dir.resolve(e.getKey() + ".npy"), e.getValue());
        }
        Npz.save(dir.resolve("stored.npz"), arrays, false);
        Npz.save(dir.resolve("compressed.npz"), arrays, true);
        assertEquals("ok", Python.run(SCRIPT, "check", dir.toString()).trim());
    }

    @Test
    void float32TensorsRoundTripWithoutCopy(@TempDir Path dir) throws IOException {
        try (Arena arena = Arena.ofConfined()) {
            Tensor t = Tensor.of(arena, new float[] {1, -2, 3.5f, Float.MIN_VALUE, Float.MAX_VALUE, -0f}, 2, 3);
            Npy.save(dir.resolve("t.npy"), NpyArray.of(t));
            Tensor back = Npy.load(dir.resolve("t.npy"), arena).toTensor(arena);
            assertArrayEquals(t.shape(), back.shape());
            assertArrayEquals(t.toArray(), back.toArray());
            assertEquals(0, Npy.header(DType.FLOAT32, new int[] {2, 3}).length % 64, "header is 64-byte aligned");
        }
    }

    @Test
    void rejectsWhatItCannotRead() {
        byte[] notNpy = "hello world, not numpy".getBytes();
        IOException bad = assertThrows(IOException.class,
                () -> Npy.read(new ByteArrayInputStream(notNpy), Arena.ofAuto(), "x.npy"));
        assertTrue(bad.getMessage().contains("not a .npy file"), bad.getMessage());

        byte[] header = Npy.header(DType.FLOAT32, new int[] {4});
        IOException truncated = assertThrows(IOException.class,
                () -> Npy.read(new ByteArrayInputStream(header), Arena.ofAuto(), "t.npy"));
        assertTrue(truncated.getMessage().contains("truncated"), truncated.getMessage());

        // A header that declares far more data than the file holds is refused before the data are allocated.
        byte[] huge = Npy.header(DType.FLOAT64, new int[] {1 << 20, 1 << 20});
        IOException declared = assertThrows(IOException.class,
                () -> Npy.read(new ByteArrayInputStream(huge), Arena.ofAuto(), "h.npy", huge.length + 16));
        assertEquals("h.npy: truncated .npy data: the header declares 8796093022208 bytes (float64 (1048576, 1048576)), "
                + "at most 16 follow it",
                declared.getMessage());

        IllegalArgumentException c = assertThrows(IllegalArgumentException.class, () -> DType.parse("<c8"));
        assertTrue(c.getMessage().contains("float32"), c.getMessage());
    }

    @Test
    void failedWriteLeavesNoFileBehind(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("out.npz");
        Files.writeString(target, "previous content");
        assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100]);
            throw new IOException("disk full");
        }));
        assertEquals("previous content", Files.readString(target), "the old file survives a failed write");
        try (var files = Files.list(dir)) {
            assertEquals(1, files.count(), "no temporary file is left");
        }
        assertThrows(OutputFileException.class, () -> Npz.save(dir.resolve("missing/x.npz"), Map.of(), false));
    }

    @Test
    void identicalArraysGiveIdenticalNpzBytes(@TempDir Path dir) throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        ARRAYS.forEach((name, spec) -> arrays.put(name, expected(spec)));
        for (boolean compressed : new boolean[] {false, true}) {
            Path a = dir.resolve("a.npz");
            Path b = dir.resolve("b.npz");
            Npz.save(a, arrays, compressed);
            Npz.save(b, arrays, compressed);
            assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(a.toFile())) {
                zip.stream().forEach(e -> assertEquals(java.time.LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal(),
                        "entry times are fixed, not the time of writing: " + e.getName()));
            }
        }
    }
}

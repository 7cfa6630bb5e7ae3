package org.jcanns.core.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.core.memory.MemoryLimitException;
import org.jcanns.core.testing.MemoryLimitOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hostile files of issue 16: each is refused in one line naming the file, before anything large is allocated. */
class MalformedInputTest {
    /** A .npy file with header dict {@code dict} (padded as numpy pads it) followed by {@code dataBytes} zeros. */
    static byte[] npy(String dict, int dataBytes) {
        int total = ((10 + dict.length() + 1 + 63) / 64) * 64;
        String padded = dict + " ".repeat(total - 10 - dict.length() - 1) + "\n";
        byte[] b = new byte[total + dataBytes];
        byte[] magic = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0};
        System.arraycopy(magic, 0, b, 0, 8);
        b[8] = (byte) padded.length();
        b[9] = (byte) (padded.length() >>> 8);
        System.arraycopy(padded.getBytes(StandardCharsets.ISO_8859_1), 0, b, 10, padded.length());
        return b;
    }

    private static String fails(byte[] file) {
        IOException e = assertThrows(IOException.class,
                () -> Npy.read(new ByteArrayInputStream(file), Arena.ofAuto(), "x.npy", file.length));
        assertTrue(e instanceof MalformedFileException, e.toString());
        assertTrue(e.getMessage().startsWith("x.npy: "), e.getMessage());
        assertTrue(!e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void headersDeclaringMoreThanTheFileHoldsAreRefusedBeforeAllocating() {
        byte[] small = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (40000, 40000), }", 240);
        assertEquals("x.npy: truncated .npy data: the header declares 6400000000 bytes (float32 (40000, 40000)), "
                + "at most 240 follow it", fails(small));
        byte[] huge = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (1000000, 1000000), }", 0);
        assertTrue(fails(huge).contains("4000000000000 bytes"));
        // A stream of unknown length: the memory limit refuses it instead.
        MemoryLimitException m = assertThrows(MemoryLimitException.class,
                () -> Npy.read(new ByteArrayInputStream(huge), Arena.ofAuto(), "s.npy"));
        assertTrue(m.getMessage().startsWith("s.npy: the array float32 (1000000, 1000000) needs about 3.6 TiB, more "
                + "than the memory limit of "), m.getMessage());
    }

    @Test
    void theMemoryLimitIsConfigurable(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.npy");
        Npy.save(file, NpyArray.ofFloats(new float[1 << 18]));
        try (MemoryLimitOverride limit = new MemoryLimitOverride("512k"); Arena arena = Arena.ofConfined()) {
            MemoryLimitException e = assertThrows(MemoryLimitException.class, () -> Npy.load(file, arena));
            assertEquals(file + ": the array float32 (262144,) needs about 1.0 MiB, more than the memory limit of "
                    + "512.0 KiB (-Djcanns.memory.limit)", e.getMessage());
            System.setProperty(MemoryLimit.PROPERTY, "2m");
            assertEquals(1 << 18, Npy.load(file, arena).size());
        }
    }

    @Test
    void malformedHeadersAreOneLineErrors() {
        assertEquals("x.npy: unsupported numpy dtype '<U1' (unicode strings); jcanns reads float32, float64, int8, "
                + "uint8, int32, int64 and bool",
                fails(npy("{'descr': '<U1', 'fortran_order': False, 'shape': (3,), }", 12)));
        assertTrue(fails(npy("{'descr': '<F4', 'fortran_order': False, 'shape': (3,), }", 12))
                .contains("unsupported numpy dtype '<F4'"), "type codes are exact, not case-folded");
        assertTrue(fails(npy("{'descr': '|O', 'fortran_order': False, 'shape': (3,), }", 24))
                .contains("(Python objects, pickled)"));
        assertEquals("x.npy: corrupt .npy header: expected a quoted key or value",
                fails(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), ", 12)), "no closing brace");
        assertEquals("x.npy: corrupt .npy header: expected '}' before the end of the header",
                fails(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,)", 12)));
        assertEquals("x.npy: corrupt .npy header: 'shape' holds 'abc', not a dimension",
                fails(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (abc,), }", 12)));
        assertTrue(fails(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (-3,), }", 12))
                .contains("dimension -3 of shape [-3] is negative"));
        assertTrue(fails(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (99999999999,), }", 12))
                .contains("is larger than jcanns reads"));
        assertTrue(fails(npy("{'descr': '<f4', 'shape': (3,), }", 12)).contains("expected the keys"));
        assertTrue(fails(npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), 'shape': (3,)}", 12))
                .contains("key 'shape' appears twice"));
        assertTrue(fails(npy("{'descr': [('a', '<f4')], 'fortran_order': False, 'shape': (3,), }", 12))
                .contains("structured dtype"));
        byte[] v2 = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (3,), }", 12);
        v2[6] = 2;
        v2[8] = v2[9] = v2[10] = v2[11] = (byte) 0xff;
        assertEquals("x.npy: corrupt .npy header: it declares a header of 4294967295 bytes (at most 1048576 are "
                + "read)", fails(v2));
    }

    /** An .npz of {@code arrays} in which the member names are then replaced by {@code names} (same lengths). */
    private static byte[] npz(Map<String, NpyArray> arrays, boolean compressed, String... rename) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Npz.write(out, arrays, compressed);
        String s = out.toString(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < rename.length; i += 2) {
            s = s.replace(rename[i], rename[i + 1]);
        }
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void archivesAreCheckedWholeAndReadOnlyWhereNeeded(@TempDir Path dir) throws IOException {
        Path twice = Files.write(dir.resolve("twice.npz"), npz(Map.of("a", NpyArray.ofFloats(new float[] {1}),
                "b", NpyArray.ofFloats(new float[] {2})), false, "b.npy", "a.npy"));
        MalformedFileException dup = assertThrows(MalformedFileException.class, () -> Npz.load(twice, Arena.ofAuto()));
        assertEquals(twice + ": corrupt .npz file: it holds two members named 'a.npy'", dup.getMessage());

        Path notZip = Files.writeString(dir.resolve("bad.npz"), "not a zip at all");
        MalformedFileException nz = assertThrows(MalformedFileException.class, () -> Npz.load(notZip, Arena.ofAuto()));
        assertTrue(nz.getMessage().startsWith(notZip + ": not a .npz file (a zip archive): "), nz.getMessage());

        // A large member that inflates from little: never inflated unless read, and refused by the memory limit.
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        arrays.put("small", NpyArray.ofInts(new int[] {7, 8, 9}));
        arrays.put("bomb", new NpyArray(DType.FLOAT32, new int[] {16 << 20},
                Arena.ofAuto().allocate(64L << 20)));
        Path bomb = Files.write(dir.resolve("bomb.npz"), npz(arrays, true));
        assertTrue(Files.size(bomb) < 1 << 20, "64 MiB of zeros deflate to " + Files.size(bomb) + " bytes");
        try (MemoryLimitOverride limit = new MemoryLimitOverride("8m"); Arena arena = Arena.ofConfined();
             NpzArchive z = Npz.open(bomb)) {
            assertEquals(List.of("small", "bomb"), List.copyOf(z.names()));
            assertArrayEquals(new int[] {16 << 20}, z.shape("bomb"), "shapes come from the headers alone");
            assertArrayEquals(new long[] {7, 8, 9}, z.read("small", arena).toLongs());
            MemoryLimitException m = assertThrows(MemoryLimitException.class, () -> z.read("bomb", arena));
            assertTrue(m.getMessage().startsWith(bomb + ":bomb.npy: the array float32 (16777216,) needs about "
                    + "64.0 MiB, more than the memory limit of 8.0 MiB"), m.getMessage());
        }
    }

    @Test
    void aTruncatedArchiveNamesTheFile(@TempDir Path dir) throws IOException {
        byte[] whole = npz(Map.of("a", NpyArray.ofDoubles(new double[1000])), true);
        Path cut = Files.write(dir.resolve("cut.npz"), Arrays.copyOf(whole, whole.length / 2));
        IOException e = assertThrows(IOException.class, () -> Npz.load(cut, Arena.ofAuto()));
        assertTrue(e instanceof MalformedFileException && e.getMessage().startsWith(cut + ": "), e.toString());
    }
}

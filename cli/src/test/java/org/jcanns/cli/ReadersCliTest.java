package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.testing.MemoryLimitOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed inputs on the command line: one line naming the file (or option) and the fault, exit code 2. */
class ReadersCliTest {
    private static final String[] CANN64 = {"simulate", "-q", "-m", "cann1d", "-p", "num=64"};

    private static CliTest.Run jcanns(String[] base, String... more) {
        String[] all = Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return CliTest.jcanns(all);
    }

    private static void assertRefused(CliTest.Run r, String... parts) {
        assertEquals(2, r.code(), r.err());
        String line = r.err().strip();
        assertFalse(line.contains("\n"), "one line: " + line);
        for (String p : parts) {
            assertTrue(line.contains(p), "'" + p + "' in: " + line);
        }
    }

    @Test
    void inputsMustHaveTheModelsFullShapeAndBeFinite(@TempDir Path dir) throws IOException {
        Path flat = dir.resolve("flat.npz");
        Npz.save(flat, Map.of("inp", NpyArray.ofFloats(new float[20 * 64], 20, 64, 1)), false);
        assertRefused(jcanns(CANN64, "--input", flat.toString()), "--input " + flat,
                "array 'inp' has shape [20, 64, 1]; the model needs (T, 64): one row per step");
        Path folded = dir.resolve("folded.npz");
        Npz.save(folded, Map.of("inp", NpyArray.ofFloats(new float[20 * 64], 20, 32, 2)), false);
        assertRefused(jcanns(CANN64, "--input", folded.toString()), "has shape [20, 32, 2]");
        float[] values = new float[20 * 64];
        values[5 * 64 + 3] = Float.NaN;
        Path nan = dir.resolve("nan.npz");
        Npz.save(nan, Map.of("inp", NpyArray.ofFloats(values, 20, 64)), false);
        CliTest.Run r = jcanns(CANN64, "--input", nan.toString());
        assertRefused(r, "--input " + nan + ": array 'inp' holds NaN at row 5; inputs must be finite");
        assertFalse(r.err().contains("diverged"), "not reported as divergence");
    }

    @Test
    void malformedArrayFilesNameTheFile(@TempDir Path dir) throws IOException {
        Path strings = dir.resolve("strings.npy");
        byte[] header = Npy.header(org.jcanns.core.io.DType.UINT8, new int[] {2, 4});
        String text = new String(header, StandardCharsets.ISO_8859_1).replace("'|u1'", "'<U1'");
        Files.write(strings, concat(text.getBytes(StandardCharsets.ISO_8859_1), new byte[32]));
        Path cues = dir.resolve("cues.npy");
        Npy.save(cues, NpyArray.ofFloats(new float[] {1, -1, 1, -1}, 1, 4));
        assertRefused(CliTest.jcanns("hopfield", "-q", "--patterns", strings.toString(), "--predict",
                cues.toString()), strings + ": unsupported numpy dtype '<U1' (unicode strings)");

        Path notZip = Files.writeString(dir.resolve("run.npz"), "hello");
        assertRefused(CliTest.jcanns("plot", "raster", "--in", notZip.toString(), "--state", "u", "--out",
                dir.resolve("r.png").toString()), notZip + ": not a .npz file (a zip archive)");

        Path big = dir.resolve("big.npy");
        Files.write(big, concat(Npy.header(org.jcanns.core.io.DType.FLOAT32, new int[] {40000, 40000}), new byte[48]));
        assertRefused(CliTest.jcanns("hopfield", "-q", "--patterns", big.toString(), "--predict", cues.toString()),
                big + ": truncated .npy data: the header declares 6400000000 bytes");
    }

    @Test
    void imagesAreCheckedBeforeDecoding(@TempDir Path dir) throws IOException {
        BufferedImage img = new BufferedImage(64, 64, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 0; i < 64; i++) {
            img.getRaster().setSample(i, i, 0, 255);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(img, "png", png);
        byte[] whole = png.toByteArray();
        Path cut = Files.write(dir.resolve("cut.png"), Arrays.copyOf(whole, whole.length - 20));
        assertRefused(CliTest.jcanns("-q", "hopfield-images", cut.toString(), "--out", dir.resolve("o").toString()),
                cut + ": truncated PNG");

        Path huge = Files.write(dir.resolve("huge.png"), pngDeclaring(40000, 40000));
        try (MemoryLimitOverride limit = new MemoryLimitOverride("1g")) {
            assertRefused(CliTest.jcanns("-q", "hopfield-images", huge.toString(), "--out",
                    dir.resolve("o").toString()), huge + ": decoding a 40000 x 40000 image needs about 13.4 GiB, more "
                    + "than the memory limit of 1.0 GiB (-Djcanns.memory.limit)");
        }
        assertFalse(Files.exists(dir.resolve("o/hopfield_images.png")));
    }

    /** A whole, valid-looking PNG whose header declares {@code w} x {@code h} grey pixels (no pixel data). */
    private static byte[] pngDeclaring(int w, int h) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(b);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(ihdr);
        d.writeInt(w);
        d.writeInt(h);
        d.write(new byte[] {8, 0, 0, 0, 0});
        chunk(out, "IHDR", ihdr.toByteArray());
        chunk(out, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01});
        chunk(out, "IEND", new byte[0]);
        return b.toByteArray();
    }

    private static void chunk(DataOutputStream out, String type, byte[] data) throws IOException {
        out.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.ISO_8859_1);
        out.write(t);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}

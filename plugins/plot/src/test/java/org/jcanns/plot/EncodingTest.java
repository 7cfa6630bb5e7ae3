package org.jcanns.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.jcanns.core.testing.Python;
import org.jcanns.plot.encode.FrameSource;
import org.jcanns.plot.encode.GifAnimation;
import org.jcanns.plot.encode.GifEncoder;
import org.jcanns.plot.encode.Lzw;
import org.jcanns.plot.encode.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GIF encoder against the JDK's decoder (exact pixels through code-width changes and table resets), frame sampling against numpy. */
class EncodingTest {
    /** 256 distinct colours, each its own 15-bit cell, so indexing is exact. */
    static int[] colours() {
        int[] c = new int[256];
        for (int i = 0; i < 256; i++) {
            c[i] = ((i & 7) << 21) | (((i >> 3) & 7) << 13) | (((i >> 6) & 3) << 6) | 0x040404;
        }
        return c;
    }

    static DecodedGif roundTrip(Path dir, int w, int h, int[][] frames, int delay, boolean loop) throws Exception {
        Palette palette = Palette.build(colours(), List.of());
        assertEquals(256, palette.size());
        Path out = dir.resolve("t.gif");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifEncoder gif = new GifEncoder(bytes, w, h, palette, delay, loop);
        Lzw lzw = new Lzw();
        byte[] idx = new byte[w * h];
        for (int[] f : frames) {
            palette.index(f, f.length, idx);
            gif.writeFrame(lzw.encode(idx, idx.length, 8));
        }
        gif.finish();
        Files.write(out, bytes.toByteArray());
        return DecodedGif.read(out);
    }

    static int[] pixels(DecodedGif g, int frame) {
        int w = g.width();
        int h = g.height();
        int[] p = g.frames().get(frame).getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < p.length; i++) {
            p[i] &= 0xffffff;
        }
        return p;
    }

    @Test
    void noiseSurvivesCodeWidthGrowthAndTableResets(@TempDir Path dir) throws Exception {
        // 256-colour noise fills the 4096-code table every few thousand pixels: many clear codes.
        int w = 317;
        int h = 211;
        int[] c = colours();
        SplittableRandom r = new SplittableRandom(11);
        int[][] frames = new int[3][w * h];
        for (int i = 0; i < w * h; i++) {
            frames[0][i] = c[r.nextInt(256)];
            frames[1][i] = c[r.nextInt(4)];                    // few colours: long strings
            frames[2][i] = c[(i / 97) % 256];                  // runs
        }
        DecodedGif g = roundTrip(dir, w, h, frames, 7, true);
        assertEquals(3, g.frames().size());
        for (int f = 0; f < 3; f++) {
            assertArrayEquals(frames[f], pixels(g, f), "frame " + f);
        }
        assertEquals(List.of(7, 7, 7), g.delays());
        assertTrue(g.loopsForever());
    }

    @Test
    void tinyAndFlatImagesAndPlayOnce(@TempDir Path dir) throws Exception {
        int[] c = colours();
        DecodedGif one = roundTrip(dir, 1, 1, new int[][] {{c[200]}}, 3, false);
        assertArrayEquals(new int[] {c[200]}, pixels(one, 0));
        assertTrue(!one.loopsForever(), "no NETSCAPE block when the animation plays once");
        int[] flat = new int[400 * 300];
        Arrays.fill(flat, c[5]);
        assertArrayEquals(flat, pixels(roundTrip(dir, 400, 300, new int[][] {flat}, 3, true), 0));
    }

    @Test
    void delaysComeFromFps() {
        assertEquals(5, GifAnimation.delayCentiseconds(20));
        assertEquals(3, GifAnimation.delayCentiseconds(30));
        assertEquals(10, GifAnimation.delayCentiseconds(10));
        assertEquals(2, GifAnimation.delayCentiseconds(100), "browsers slow delays below 2 cs");
        assertThrows(IllegalArgumentException.class, () -> GifAnimation.delayCentiseconds(0));
    }

    @Test
    void aFailingFrameLeavesNoFile(@TempDir Path dir) {
        FrameSource broken = new FrameSource() {
            @Override
            public int frames() {
                return 10;
            }

            @Override
            public int width() {
                return 4;
            }

            @Override
            public int height() {
                return 4;
            }

            @Override
            public int[] requiredColors() {
                return new int[] {0};
            }

            @Override
            public Renderer renderer() {
                return i -> {
                    if (i == 6) {
                        throw new IllegalStateException("frame 6 is broken");
                    }
                    return new int[16];
                };
            }
        };
        var e = assertThrows(IllegalStateException.class, () -> GifAnimation.write(dir.resolve("x.gif"), broken, 10,
                true, 2, (d, t) -> { }));
        assertEquals("frame 6 is broken", e.getMessage());
        assertTrue(Files.notExists(dir.resolve("x.gif")));
    }

    @Test
    void framesAreSampledAsCannsDoes() throws Exception {
        String out = Python.run(Python.script("frame_sampling.py"));
        int cases = 0;
        for (String line : out.strip().split("\n")) {
            String[] f = line.trim().split(" ");
            int steps = Integer.parseInt(f[0]);
            double tsps = Double.parseDouble(f[1]);
            double fps = Double.parseDouble(f[2]);
            int[] expected = Arrays.stream(f, 3, f.length).mapToInt(Integer::parseInt).toArray();
            assertArrayEquals(expected, FrameSampling.indices(steps, tsps, fps), line);
            cases++;
        }
        assertEquals(7, cases);
        assertEquals(80, FrameSampling.indices(400, 100, 20).length);
    }
}

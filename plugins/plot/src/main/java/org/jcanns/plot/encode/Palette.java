package org.jcanns.plot.encode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * At most 256 colours for a whole animation and a 32768-entry table from 15-bit RGB to the nearest of them, so
 * mapping a pixel costs one lookup. Colours a figure must show exactly (line colours, a colour map) are given
 * as required; the rest come from a median cut of colours seen in sample frames (antialiasing blends, text).
 */
public final class Palette {
    /** Entries of a GIF colour table. */
    public static final int SIZE = 256;
    private final int[] colors;
    private final byte[] lut = new byte[1 << 15];

    private Palette(int[] colors) {
        this.colors = colors;
        for (int key = 0; key < lut.length; key++) {
            int r = ((key >> 10) & 31) << 3 | 4;
            int g = ((key >> 5) & 31) << 3 | 4;
            int b = (key & 31) << 3 | 4;
            lut[key] = (byte) nearest(r, g, b);
        }
    }

    /** A palette holding every {@code required} colour (up to 256) and median-cut colours of {@code samples}. */
    public static Palette build(int[] required, List<int[]> samples) {
        Set<Integer> fixed = new LinkedHashSet<>();
        for (int c : required) {
            if (fixed.size() < SIZE) {
                fixed.add(c & 0xffffff);
            }
        }
        int[] histogram = new int[1 << 15];
        for (int[] frame : samples) {
            for (int c : frame) {
                histogram[key(c)]++;
            }
        }
        // Cells the required colours already represent exactly need no median-cut colour of their own.
        for (int c : fixed) {
            histogram[key(c)] = 0;
        }
        List<Integer> all = new ArrayList<>(fixed);
        for (int c : medianCut(histogram, SIZE - fixed.size())) {
            if (!fixed.contains(c)) {
                all.add(c);
            }
        }
        if (all.isEmpty()) {
            all.add(0xffffff);
        }
        return new Palette(all.stream().mapToInt(Integer::intValue).toArray());
    }

    private static int key(int rgb) {
        return ((rgb >> 9) & 0x7c00) | ((rgb >> 6) & 0x3e0) | ((rgb >> 3) & 0x1f);
    }

    /** Up to {@code n} colours: boxes of 15-bit cells split at the weighted median of their widest channel. */
    private static List<Integer> medianCut(int[] histogram, int n) {
        int[] cells = new int[histogram.length];
        int count = 0;
        for (int k = 0; k < histogram.length; k++) {
            if (histogram[k] > 0) {
                cells[count++] = k;
            }
        }
        List<Integer> out = new ArrayList<>();
        if (count == 0 || n <= 0) {
            return out;
        }
        cells = Arrays.copyOf(cells, count);
        if (count <= n) {
            for (int k : cells) {
                out.add(centre(k));
            }
            return out;
        }
        List<int[]> queue = new ArrayList<>();
        queue.add(cells);
        while (queue.size() < n) {
            int pick = -1;
            long bestScore = 0;
            for (int i = 0; i < queue.size(); i++) {
                int[] box = queue.get(i);
                if (box.length < 2) {
                    continue;
                }
                long score = weight(box, histogram) * (widest(box)[1] + 1);
                if (score > bestScore) {
                    bestScore = score;
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            int[] box = queue.remove(pick);
            int channel = widest(box)[0];
            int shift = 10 - 5 * channel;
            Integer[] sorted = Arrays.stream(box).boxed().toArray(Integer[]::new);
            Arrays.sort(sorted, (a, b) -> Integer.compare((a >> shift) & 31, (b >> shift) & 31));
            long total = weight(box, histogram);
            long acc = 0;
            int cut = 1;
            for (int i = 0; i < sorted.length - 1; i++) {
                acc += histogram[sorted[i]];
                cut = i + 1;
                if (acc * 2 >= total) {
                    break;
                }
            }
            int[] lo = new int[cut];
            int[] hi = new int[sorted.length - cut];
            for (int i = 0; i < sorted.length; i++) {
                if (i < cut) {
                    lo[i] = sorted[i];
                } else {
                    hi[i - cut] = sorted[i];
                }
            }
            queue.add(lo);
            queue.add(hi);
        }
        for (int[] box : queue) {
            long w = 0;
            long r = 0;
            long g = 0;
            long b = 0;
            for (int k : box) {
                int c = centre(k);
                long h = histogram[k];
                w += h;
                r += h * ((c >> 16) & 0xff);
                g += h * ((c >> 8) & 0xff);
                b += h * (c & 0xff);
            }
            out.add((int) (r / w) << 16 | (int) (g / w) << 8 | (int) (b / w));
        }
        return out;
    }

    private static int centre(int key) {
        return (((key >> 10) & 31) << 3 | 4) << 16 | (((key >> 5) & 31) << 3 | 4) << 8 | ((key & 31) << 3 | 4);
    }

    private static long weight(int[] box, int[] histogram) {
        long w = 0;
        for (int k : box) {
            w += histogram[k];
        }
        return w;
    }

    /** {channel (0 r, 1 g, 2 b), extent} of the widest channel of a box. */
    private static int[] widest(int[] box) {
        int[] lo = {31, 31, 31};
        int[] hi = {0, 0, 0};
        for (int k : box) {
            for (int ch = 0; ch < 3; ch++) {
                int v = (k >> (10 - 5 * ch)) & 31;
                lo[ch] = Math.min(lo[ch], v);
                hi[ch] = Math.max(hi[ch], v);
            }
        }
        int best = 0;
        for (int ch = 1; ch < 3; ch++) {
            if (hi[ch] - lo[ch] > hi[best] - lo[best]) {
                best = ch;
            }
        }
        return new int[] {best, hi[best] - lo[best]};
    }

    private int nearest(int r, int g, int b) {
        int best = 0;
        long bestD = Long.MAX_VALUE;
        for (int i = 0; i < colors.length; i++) {
            int c = colors[i];
            // Weights near the eye's sensitivity (2, 4, 3) keep greys grey and blends on their hue.
            int dr = ((c >> 16) & 0xff) - r;
            int dg = ((c >> 8) & 0xff) - g;
            int db = (c & 0xff) - b;
            long d = 2L * dr * dr + 4L * dg * dg + 3L * db * db;
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    /** The colours (0xRRGGBB), at most 256. */
    public int[] colors() {
        return colors.clone();
    }

    /** Number of colours. */
    public int size() {
        return colors.length;
    }

    /** Maps {@code n} pixels (0xRRGGBB) to palette indices in {@code out}. */
    public void index(int[] rgb, int n, byte[] out) {
        byte[] table = lut;
        for (int i = 0; i < n; i++) {
            int c = rgb[i];
            out[i] = table[((c >> 9) & 0x7c00) | ((c >> 6) & 0x3e0) | ((c >> 3) & 0x1f)];
        }
    }
}

package org.jcanns.plot.render;

import java.util.List;
import java.util.Locale;

/** A colour map (matplotlib's jet, viridis, hot, gray, gray_r) sampled into a 256-entry table. */
public final class Colormap {
    /** The names {@link #named} knows. */
    public static final List<String> NAMES = List.of("jet", "viridis", "hot", "gray", "gray_r");
    private static final int SIZE = 256;
    private final String name;
    private final int[] lut = new int[SIZE];

    private Colormap(String name, double[][] red, double[][] green, double[][] blue) {
        this.name = name;
        for (int i = 0; i < SIZE; i++) {
            double t = i / (SIZE - 1.0);
            lut[i] = (channel(red, t) << 16) | (channel(green, t) << 8) | channel(blue, t);
        }
    }

    private Colormap(String name, int[] stops) {
        this.name = name;
        int n = stops.length - 1;
        for (int i = 0; i < SIZE; i++) {
            double pos = i / (SIZE - 1.0) * n;
            int k = Math.min(n - 1, (int) pos);
            double f = pos - k;
            int r = mix(stops[k] >> 16, stops[k + 1] >> 16, f);
            int g = mix(stops[k] >> 8, stops[k + 1] >> 8, f);
            int b = mix(stops[k], stops[k + 1], f);
            lut[i] = (r << 16) | (g << 8) | b;
        }
    }

    @SuppressWarnings("UnusedVariable") // listed only tells this constructor from the interpolating one
    private Colormap(String name, int[] colors, boolean listed) {
        this.name = name;
        for (int i = 0; i < SIZE; i++) {
            lut[i] = colors[Math.min(colors.length - 1, i * colors.length / SIZE)];
        }
    }

    /** matplotlib's {@code ListedColormap}: [0, 1] split into equal parts, one colour each. */
    public static Colormap listed(String name, int... colors) {
        if (colors.length == 0) {
            throw new IllegalArgumentException("a listed colour map needs at least one colour");
        }
        return new Colormap(name, colors, true);
    }

    private static int mix(int a, int b, double f) {
        return (int) Math.round((a & 0xff) * (1 - f) + (b & 0xff) * f);
    }

    /** Piecewise-linear channel through (x, value) anchors, as matplotlib's segment data. */
    private static int channel(double[][] anchors, double t) {
        for (int i = 1; i < anchors.length; i++) {
            if (t <= anchors[i][0]) {
                double[] a = anchors[i - 1];
                double[] b = anchors[i];
                double f = b[0] == a[0] ? 1 : (t - a[0]) / (b[0] - a[0]);
                return (int) Math.round(255 * (a[1] + f * (b[1] - a[1])));
            }
        }
        return (int) Math.round(255 * anchors[anchors.length - 1][1]);
    }

    /** The colour map called {@code name}, or an error listing the known ones. */
    public static Colormap named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jet" -> new Colormap("jet",
                    new double[][] {{0, 0}, {0.35, 0}, {0.66, 1}, {0.89, 1}, {1, 0.5}},
                    new double[][] {{0, 0}, {0.125, 0}, {0.375, 1}, {0.64, 1}, {0.91, 0}, {1, 0}},
                    new double[][] {{0, 0.5}, {0.11, 1}, {0.34, 1}, {0.65, 0}, {1, 0}});
            // viridis through its nine well-known stops; within 2/255 of matplotlib's table between them.
            case "viridis" -> new Colormap("viridis", new int[] {0x440154, 0x472d7b, 0x3b528b, 0x2c728e, 0x21918c,
                0x28ae80, 0x5ec962, 0xaddc30, 0xfde725});
            case "hot" -> new Colormap("hot",
                    new double[][] {{0, 0.0416}, {0.365079, 1}, {1, 1}},
                    new double[][] {{0, 0}, {0.365079, 0}, {0.746032, 1}, {1, 1}},
                    new double[][] {{0, 0}, {0.746032, 0}, {1, 1}});
            case "gray", "grey" -> new Colormap("gray", new int[] {0x000000, 0xffffff});
            case "gray_r", "grey_r" -> new Colormap("gray_r", new int[] {0xffffff, 0x000000});
            default -> throw new IllegalArgumentException("unknown colour map '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** The colour (0xRRGGBB) of {@code t} in [0, 1] (clamped). */
    public int rgb(double t) {
        int i = (int) (Math.max(0, Math.min(1, t)) * (SIZE - 1) + 0.5);
        return lut[i];
    }

    /** A copy of the 256 colours. */
    public int[] table() {
        return lut.clone();
    }
}

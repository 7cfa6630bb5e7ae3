package org.jcanns.plot.render;

import java.awt.Color;
import java.util.Locale;
import java.util.Map;

/** Colour names as matplotlib reads them: single letters, common names, {@code C0}–{@code C9}, {@code #RRGGBB}. */
public final class Colors {
    /** matplotlib's default colour cycle (tab10). */
    private static final Color[] CYCLE = {
        new Color(0x1f77b4), new Color(0xff7f0e), new Color(0x2ca02c), new Color(0xd62728), new Color(0x9467bd),
        new Color(0x8c564b), new Color(0xe377c2), new Color(0x7f7f7f), new Color(0xbcbd22), new Color(0x17becf)};

    /** Colour {@code k} of matplotlib's default cycle, {@code C0}–{@code C9}, repeating. */
    public static Color cycle(int k) {
        return CYCLE[Math.floorMod(k, CYCLE.length)];
    }

    private static final Map<String, Integer> NAMES = Map.ofEntries(
            Map.entry("black", 0x000000), Map.entry("k", 0x000000), Map.entry("white", 0xffffff),
            Map.entry("w", 0xffffff), Map.entry("red", 0xff0000), Map.entry("r", 0xff0000),
            Map.entry("green", 0x008000), Map.entry("g", 0x008000), Map.entry("blue", 0x0000ff),
            Map.entry("b", 0x0000ff), Map.entry("cyan", 0x00ffff), Map.entry("c", 0x00bfbf),
            Map.entry("magenta", 0xff00ff), Map.entry("m", 0xbf00bf), Map.entry("yellow", 0xffff00),
            Map.entry("y", 0xbfbf00), Map.entry("gray", 0x808080), Map.entry("grey", 0x808080),
            Map.entry("orange", 0xffa500), Map.entry("purple", 0x800080), Map.entry("brown", 0xa52a2a),
            Map.entry("pink", 0xffc0cb), Map.entry("navy", 0x000080), Map.entry("darkblue", 0x00008b),
            Map.entry("darkred", 0x8b0000), Map.entry("darkgreen", 0x006400), Map.entry("lightgray", 0xd3d3d3),
            Map.entry("lightgrey", 0xd3d3d3), Map.entry("darkgray", 0xa9a9a9), Map.entry("darkgrey", 0xa9a9a9));

    private Colors() {
    }

    /** The colour called {@code name}; {@code option} names the setting in the error for an unknown one. */
    public static Color parse(String name, String option) {
        String s = name.trim().toLowerCase(Locale.ROOT);
        Integer rgb = NAMES.get(s);
        if (rgb != null) {
            return new Color(rgb);
        }
        if (s.matches("c[0-9]")) {
            return cycle(s.charAt(1) - '0');
        }
        if (s.matches("#[0-9a-f]{6}")) {
            return new Color(Integer.parseInt(s.substring(1), 16));
        }
        if (s.matches("#[0-9a-f]{8}")) {
            long v = Long.parseLong(s.substring(1), 16);
            return new Color((int) ((v >>> 8) & 0xffffff) | (int) ((v & 0xff) << 24), true);
        }
        throw new IllegalArgumentException(option + ": unknown colour '" + name
                + "'; use a name (black, red, ...), a letter (k, r, b, ...), C0-C9 or #RRGGBB");
    }

    /** {@code c} blended over {@code background} with opacity {@code alpha}, as an opaque colour. */
    public static int blend(int c, int background, double alpha) {
        int r = (int) Math.round(((c >> 16) & 0xff) * alpha + ((background >> 16) & 0xff) * (1 - alpha));
        int gr = (int) Math.round(((c >> 8) & 0xff) * alpha + ((background >> 8) & 0xff) * (1 - alpha));
        int b = (int) Math.round((c & 0xff) * alpha + (background & 0xff) * (1 - alpha));
        return (r << 16) | (gr << 8) | b;
    }
}

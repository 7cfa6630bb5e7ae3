package org.jcanns.plot.figure;

import org.jcanns.plot.render.Colormap;

/** Palette requirements shared by the animated figures. */
final class Figures {
    private Figures() {
    }

    /** Every other entry of {@code map} (128 colours) plus white and black; the median cut adds the blends. */
    static int[] colormapAndInk(Colormap map) {
        int[] table = map.table();
        int[] out = new int[table.length / 2 + 2];
        for (int i = 0; i < table.length / 2; i++) {
            out[i] = table[2 * i + 1];
        }
        out[out.length - 2] = 0xffffff;
        out[out.length - 1] = 0x000000;
        return out;
    }
}

package org.jcanns.plot.figure;

import java.util.function.Supplier;
import org.jcanns.plot.PlotConfig;
import org.jcanns.plot.encode.FrameSource;
import org.jcanns.plot.render.Canvas;
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

    /** {@code frames} frames of the config's figure size, holding {@code colors}, drawn by {@code renderers}' renderers. */
    static FrameSource frames(PlotConfig config, int frames, int[] colors, Supplier<FrameSource.Renderer> renderers) {
        int width;
        int height;
        try (Canvas c = Canvas.ofInches(config.figsize(), config.dpi())) {
            width = c.width();
            height = c.height();
        }
        return new FrameSource() {
            @Override
            public int frames() {
                return frames;
            }

            @Override
            public int width() {
                return width;
            }

            @Override
            public int height() {
                return height;
            }

            @Override
            public int[] requiredColors() {
                return colors.clone();
            }

            @Override
            public Renderer renderer() {
                return renderers.get();
            }
        };
    }
}

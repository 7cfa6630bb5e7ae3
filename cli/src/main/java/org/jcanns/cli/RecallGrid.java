package org.jcanns.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.jcanns.core.io.OutputFiles;

/** A PNG grid of square ±1 pictures: one row per pattern, columns training / input / output (canns' triplet figure). */
final class RecallGrid {
    private static final int SCALE = 2;
    private static final int GAP = 8;
    private static final int HEADER = 24;
    static final List<String> COLUMNS = List.of("training", "input", "output");

    private RecallGrid() {
    }

    /** Writes {@code columns} (each a list of row pictures of side {@code size}, values ±1 or 0) to {@code png}. */
    static void write(OutputFiles.Output png, List<List<float[]>> columns, int size) throws IOException {
        int rows = columns.getFirst().size();
        int cell = size * SCALE;
        int width = columns.size() * (cell + GAP) + GAP, height = HEADER + rows * (cell + GAP) + GAP;
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xE8E8E8));
        g.fillRect(0, 0, width, height);
        for (int c = 0; c < columns.size(); c++) {
            for (int r = 0; r < rows; r++) {
                paint(img, columns.get(c).get(r), size, GAP + c * (cell + GAP), HEADER + GAP + r * (cell + GAP));
            }
        }
        labels(g, cell);
        g.dispose();
        png.write(out -> ImageIO.write(img, "png", out));
    }

    private static void paint(BufferedImage img, float[] pixels, int size, int x0, int y0) {
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                float v = pixels[y * size + x];
                // +1 white, −1 black, 0 (a silent neuron: sign(0) = 0) mid grey.
                int rgb = v > 0 ? 0xFFFFFF : v < 0 ? 0x000000 : 0x808080;
                for (int dy = 0; dy < SCALE; dy++) {
                    for (int dx = 0; dx < SCALE; dx++) {
                        img.setRGB(x0 + x * SCALE + dx, y0 + y * SCALE + dy, rgb);
                    }
                }
            }
        }
    }

    private static void labels(Graphics2D g, int cell) {
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.DARK_GRAY);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
            for (int c = 0; c < COLUMNS.size(); c++) {
                g.drawString(COLUMNS.get(c), GAP + c * (cell + GAP) + 4, HEADER - 4);
            }
        } catch (RuntimeException | InternalError e) {
            // A headless JDK without any font fails here; the pictures are what matters, so go without labels.
        }
    }
}

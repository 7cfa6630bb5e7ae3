package org.jcanns.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Arrays;
import java.util.Iterator;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.jcanns.core.io.MalformedFileException;
import org.jcanns.core.memory.MemoryLimit;

/** Square ±1 pictures for Hopfield demos: read from image files, or drawn in code. */
final class BinaryImages {
    private BinaryImages() {
    }

    /** The names of the pictures {@link #drawn} returns, in order. */
    static final List<String> DRAWN = List.of("face", "checker", "target", "star");

    /**
     * An image file as a ±1 pattern of side {@code size}: grey levels, resized with bilinear filtering, +1 where
     * brighter than the mean (as canns' example thresholds its pictures), −1 elsewhere.
     */
    static float[] read(Path file, int size) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new java.nio.file.NoSuchFileException(file.toString(), null, "no such image file");
        }
        BufferedImage source = decode(file);
        BufferedImage grey = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, size, size, null);
        g.dispose();
        return threshold(grey);
    }

    /**
     * Decodes {@code file} after checking it: a PNG must be whole (every chunk and its CRC, up to IEND), and the
     * dimensions its header declares must fit the memory limit before a pixel is decoded.
     */
    static BufferedImage decode(Path file) throws IOException {
        if (Files.size(file) >= 8 && Arrays.equals(PNG_SIGNATURE, readStart(file, 8))) {
            PngChunks.check(file);
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IllegalArgumentException(file + ": not an image this JVM can read (PNG, JPEG, GIF, BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                // Decoded pixels take up to 8 bytes each (16-bit RGBA), and the grey copy one more.
                MemoryLimit.require(MemoryLimit.times(w * h, 9), file + ": decoding a " + w + " x " + h + " image");
                return reader.read(0);
            } catch (IIOException | IndexOutOfBoundsException e) {
                throw new MalformedFileException(file.toString(), "corrupt image: " + e.getMessage(), e);
            } finally {
                reader.dispose();
            }
        }
    }

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private static byte[] readStart(Path file, int n) throws IOException {
        try (var in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        }
    }

    /** Four line drawings of side {@code size}, named by {@link #DRAWN}. */
    static List<float[]> drawn(int size) {
        return List.of(draw(size, BinaryImages::face), draw(size, BinaryImages::checker), draw(size, BinaryImages::target),
                draw(size, BinaryImages::star));
    }

    private interface Painter {
        void paint(Graphics2D g);
    }

    private static float[] draw(int size, Painter painter) {
        BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, size, size);
        // Drawn on a 128-unit canvas and scaled, so that every size shows the same picture.
        g.scale(size / 128.0, size / 128.0);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        painter.paint(g);
        g.dispose();
        return threshold(img);
    }

    private static void face(Graphics2D g) {
        g.fill(new Ellipse2D.Double(10, 10, 108, 108));
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(36, 38, 16, 22));
        g.fill(new Ellipse2D.Double(76, 38, 16, 22));
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(34, 44, 60, 50, 200, 140, Arc2D.OPEN));
    }

    private static void checker(Graphics2D g) {
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                if ((x + y) % 2 == 0) {
                    g.fillRect(x * 32, y * 32, 32, 32);
                }
            }
        }
    }

    private static void target(Graphics2D g) {
        for (int r = 60; r > 0; r -= 12) {
            g.setColor((r / 12) % 2 == 1 ? Color.BLACK : Color.WHITE);
            g.fill(new Ellipse2D.Double(64 - r, 64 - r, 2 * r, 2 * r));
        }
    }

    private static void star(Graphics2D g) {
        Polygon star = new Polygon();
        for (int k = 0; k < 10; k++) {
            double r = k % 2 == 0 ? 62 : 24, a = -Math.PI / 2 + k * Math.PI / 5;
            star.addPoint((int) Math.round(64 + r * Math.cos(a)), (int) Math.round(68 + r * Math.sin(a)));
        }
        g.fillRect(0, 0, 128, 8);
        g.fillRect(0, 120, 128, 8);
        g.fill(star);
    }

    /** +1 where a pixel is brighter than the image's mean grey level, −1 elsewhere. */
    private static float[] threshold(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight();
        int[] v = grey.getRaster().getPixels(0, 0, w, h, (int[]) null);
        double mean = 0;
        for (int x : v) {
            mean += x;
        }
        mean /= v.length;
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] > mean ? 1f : -1f;
        }
        return out;
    }
}

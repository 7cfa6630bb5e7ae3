package org.jcanns.plot.render;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/**
 * An off-screen RGB image with a Graphics2D set up for plots: antialiased shapes and grey-scale antialiased text
 * (no LCD sub-pixel colours, which a GIF palette could not hold), sizes given in points at the canvas' dpi.
 */
public final class Canvas implements AutoCloseable {
    /** Font family of all text: DejaVu Sans where installed (matplotlib's default face too). */
    private static final String FAMILY = Font.SANS_SERIF;
    private final BufferedImage image;
    private final Graphics2D g;
    private final double dpi;

    private Canvas(int width, int height, double dpi) {
        if (width < 16 || height < 16 || (long) width * height > 100_000_000L) {
            throw new IllegalArgumentException("figure size " + width + "x" + height
                    + " pixels is out of range (16 to 100 million pixels): check figsize and dpi");
        }
        this.image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        this.g = image.createGraphics();
        this.dpi = dpi;
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
    }

    /** A white canvas of {@code figsize} inches (width, height) at {@code dpi} dots per inch. */
    public static Canvas ofInches(double[] figsize, double dpi) {
        return new Canvas((int) Math.round(figsize[0] * dpi), (int) Math.round(figsize[1] * dpi), dpi);
    }

    /** A white canvas of {@code width} x {@code height} pixels whose points are {@code dpi}/72 pixels. */
    public static Canvas ofPixels(int width, int height, double dpi) {
        return new Canvas(width, height, dpi);
    }

    /** The drawing context (antialiased). */
    public Graphics2D g() {
        return g;
    }

    /** The image drawn into. */
    public BufferedImage image() {
        return image;
    }

    /** The pixels (0xRRGGBB), live: writes show in the image. */
    public int[] pixels() {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    /** Width in pixels. */
    public int width() {
        return image.getWidth();
    }

    /** Height in pixels. */
    public int height() {
        return image.getHeight();
    }

    /** Dots per inch. */
    public double dpi() {
        return dpi;
    }

    /** {@code points} (1/72 inch) in pixels. */
    public float px(double points) {
        return (float) (points * dpi / 72.0);
    }

    /** The plot font at {@code points} size. */
    public Font font(double points, boolean bold) {
        return new Font(FAMILY, bold ? Font.BOLD : Font.PLAIN, 12).deriveFont(px(points));
    }

    @Override
    public void close() {
        g.dispose();
    }
}

package org.jcanns.plot.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Barcodes: bars where the diagram puts them, infinite ones to the right edge, significance in red. */
class BarcodePlotTest {
    private static final double INF = Double.POSITIVE_INFINITY;
    private static final List<double[]> DIAGRAMS = List.of(
            new double[] {0, 1, 0, 2, 0, INF},
            new double[] {1, 5, 2, 3, 2.5, 2.6});

    private static int count(BufferedImage img, Color color, int y0, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The columns of {@code color} in rows [y0, y1): first and last. */
    private static int[] span(BufferedImage img, Color color, int y0, int y1) {
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (int y = y0; y < y1; y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == (color.getRGB() & 0xFFFFFF)) {
                    lo = Math.min(lo, x);
                    hi = Math.max(hi, x);
                }
            }
        }
        return new int[] {lo, hi};
    }

    @Test
    void plainBarcodeDrawsEveryBarAndInfiniteOnesToTheEnd() {
        BufferedImage img = BarcodePlot.draw(DIAGRAMS, null, 50);
        assertEquals(500, img.getWidth());
        assertEquals(300, img.getHeight());
        int half = img.getHeight() / 2;
        assertTrue(count(img, BarcodePlot.GREEN, 0, half) > 0 && count(img, BarcodePlot.GREEN, half, 300) > 0);
        assertEquals(0, count(img, Color.RED, 0, 300), "no shuffle, no red");
        // H0: the infinite bar ends at max death + 10 % = 5.5, the right end of the axis; the finite ones earlier.
        int[] h0 = span(img, BarcodePlot.GREEN, 0, half);
        int[] h1 = span(img, BarcodePlot.GREEN, half, 300);
        assertTrue(h0[1] > h1[1], "the infinite H0 bar reaches past H1's longest death (5)");
    }

    @Test
    void shuffledBarcodeColoursBarsAboveTheThresholdRed() {
        BufferedImage img = BarcodePlot.draw(DIAGRAMS, new double[] {0.5, 2}, 50);
        assertEquals(400, img.getHeight());
        int half = img.getHeight() / 2;
        // H0: both finite bars (lives 1, 2) exceed 0.5 and are red; the infinite bar is left out.
        assertTrue(count(img, Color.RED, 0, half) > 0);
        assertEquals(0, count(img, BarcodePlot.GREEN, 0, half));
        // H1: one bar (life 4) above 2, two below.
        assertTrue(count(img, Color.RED, half, 400) > 0 && count(img, BarcodePlot.GREEN, half, 400) > 0);
        BufferedImage none = BarcodePlot.draw(DIAGRAMS, new double[] {10, 10}, 50);
        assertEquals(0, count(none, Color.RED, 0, 400), "nothing beats a threshold of 10");
    }

    @Test
    void thresholdsMustMatchTheDimensions() {
        assertThrows(IllegalArgumentException.class, () -> BarcodePlot.draw(DIAGRAMS, new double[] {1}, 50));
    }
}

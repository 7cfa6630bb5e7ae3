package org.jcanns.plot.encode;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes an animated GIF89a stream frame by frame: one global colour table, a NETSCAPE2.0 loop block when the
 * animation repeats, and per frame a graphic control extension (delay) and a full-size image.
 */
public final class GifEncoder {
    private final OutputStream out;
    private final int width;
    private final int height;
    private final int delayCs;
    private boolean finished;

    /** Writes the header, colour table and loop block of a {@code width} x {@code height} animation. */
    public GifEncoder(OutputStream out, int width, int height, Palette palette, int delayCs, boolean loop)
            throws IOException {
        if (width < 1 || height < 1 || width > 65535 || height > 65535) {
            throw new IllegalArgumentException("GIF frames must be 1 to 65535 pixels a side, got " + width + "x"
                    + height);
        }
        if (delayCs < 0 || delayCs > 65535) {
            throw new IllegalArgumentException("frame delay must be 0 to 65535 centiseconds, got " + delayCs);
        }
        this.out = out;
        this.width = width;
        this.height = height;
        this.delayCs = delayCs;
        out.write("GIF89a".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        short16(width);
        short16(height);
        // Global colour table present, 8 bits per primary, 2^(7+1) = 256 entries.
        out.write(0xF7);
        out.write(0);
        out.write(0);
        int[] colors = palette.colors();
        for (int i = 0; i < Palette.SIZE; i++) {
            int c = i < colors.length ? colors[i] : 0;
            out.write((c >> 16) & 0xff);
            out.write((c >> 8) & 0xff);
            out.write(c & 0xff);
        }
        if (loop) {
            out.write(new byte[] {0x21, (byte) 0xFF, 0x0B});
            out.write("NETSCAPE2.0".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            // Sub-block: id 1, loop count 0 = forever.
            out.write(new byte[] {0x03, 0x01, 0x00, 0x00, 0x00});
        }
    }

    /** Appends a frame whose image data came from {@link Lzw#encode} (8-bit codes, full size). */
    public void writeFrame(byte[] lzwData) throws IOException {
        if (finished) {
            throw new IllegalStateException("the GIF is already finished");
        }
        // Graphic control extension: disposal 1 (leave in place), no transparency, the delay.
        out.write(new byte[] {0x21, (byte) 0xF9, 0x04, 0x04});
        short16(delayCs);
        out.write(0);
        out.write(0);
        out.write(0x2C);
        short16(0);
        short16(0);
        short16(width);
        short16(height);
        out.write(0);
        out.write(lzwData);
    }

    /** Writes the trailer; the stream is left open. */
    public void finish() throws IOException {
        if (!finished) {
            out.write(0x3B);
            finished = true;
        }
    }

    private void short16(int v) throws IOException {
        out.write(v & 0xff);
        out.write((v >> 8) & 0xff);
    }
}

package org.jcanns.plot.encode;

/** The frames of an animation, rendered on demand by per-thread renderers. */
public interface FrameSource {
    /** Number of frames. */
    int frames();

    /** Frame width in pixels. */
    int width();

    /** Frame height in pixels. */
    int height();

    /** Colours the palette must hold exactly (line colours, colour-map entries). */
    int[] requiredColors();

    /** A new renderer; each is used by one thread at a time, so it may keep its own buffers. */
    Renderer renderer();

    /** Draws frames of one animation. */
    interface Renderer {
        /** The pixels (0xRRGGBB, row-major) of frame {@code index}; valid until the next call. */
        int[] render(int index);
    }
}

package org.jcanns.plot.encode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jcanns.core.io.AtomicFiles;
import org.jcanns.spi.ProgressListener;

/**
 * Renders an animation's frames on several threads and streams them, in order, into an animated GIF file.
 *
 * <p>Each worker renders a frame, maps it to the shared palette and LZW-compresses it, so the writing thread
 * only copies bytes. At most {@code 2 × threads} frames are in flight (a reorder window), so memory stays
 * bounded by a few compressed frames whatever the frame count. The file is written atomically.
 */
public final class GifAnimation {
    private GifAnimation() {
    }

    /** GIF delay of one frame at {@code fps}, in centiseconds (at least 2: browsers slow shorter delays to 10). */
    public static int delayCentiseconds(double fps) {
        if (!(fps > 0) || Double.isInfinite(fps)) {
            throw new IllegalArgumentException("fps must be a finite number > 0, got " + fps);
        }
        return (int) Math.max(2, Math.min(65535, Math.round(100.0 / fps)));
    }

    /** Writes {@code source} to {@code out} at {@code fps}, looping forever when {@code loop}. */
    public static Path write(Path out, FrameSource source, double fps, boolean loop, int threads,
                             ProgressListener progress) throws IOException {
        int frames = source.frames();
        if (frames < 1) {
            throw new IllegalArgumentException("an animation needs at least one frame, got " + frames);
        }
        int delay = delayCentiseconds(fps);
        int workers = Math.max(1, Math.min(threads, frames));
        FrameSource.Renderer sampler = source.renderer();
        Palette palette = samplePalette(source, sampler);
        // The sampling renderer (its background already drawn) serves the first worker.
        java.util.concurrent.ConcurrentLinkedQueue<FrameSource.Renderer> spare =
                new java.util.concurrent.ConcurrentLinkedQueue<>(List.of(sampler));
        int pixels = source.width() * source.height();
        AtomicInteger threadNumber = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "jcanns-gif-" + threadNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        ThreadLocal<Worker> local = ThreadLocal.withInitial(() -> {
            FrameSource.Renderer r = spare.poll();
            return new Worker(r != null ? r : source.renderer(), pixels);
        });
        ArrayDeque<Future<byte[]>> window = new ArrayDeque<>();
        try {
            return AtomicFiles.write(out, os -> {
                GifEncoder gif = new GifEncoder(os, source.width(), source.height(), palette, delay, loop);
                int written = 0;
                for (int i = 0; i < frames; i++) {
                    if (window.size() >= 2 * workers) {
                        gif.writeFrame(take(window.poll()));
                        progress.update(++written, frames);
                    }
                    int index = i;
                    window.add(pool.submit(() -> local.get().encode(index, palette)));
                }
                while (!window.isEmpty()) {
                    gif.writeFrame(take(window.poll()));
                    progress.update(++written, frames);
                }
                gif.finish();
            });
        } finally {
            for (Future<byte[]> f : window) {
                f.cancel(true);
            }
            pool.shutdownNow();
        }
    }

    /** A palette from the required colours and three rendered frames (first, middle, last). */
    private static Palette samplePalette(FrameSource source, FrameSource.Renderer r) {
        int frames = source.frames();
        List<int[]> samples = new ArrayList<>();
        for (int i : new java.util.TreeSet<>(List.of(0, frames / 2, frames - 1))) {
            samples.add(r.render(i).clone());
        }
        return Palette.build(source.requiredColors(), samples);
    }

    private static byte[] take(Future<byte[]> f) throws IOException {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while rendering frames", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IOException("rendering a frame failed: " + cause, cause);
        }
    }

    /** Per-thread state: a renderer, an index buffer and an LZW encoder. */
    private static final class Worker {
        private final FrameSource.Renderer renderer;
        private final byte[] indices;
        private final Lzw lzw = new Lzw();

        Worker(FrameSource.Renderer renderer, int pixels) {
            this.renderer = renderer;
            this.indices = new byte[pixels];
        }

        byte[] encode(int frame, Palette palette) {
            int[] rgb = renderer.render(frame);
            palette.index(rgb, indices.length, indices);
            return lzw.encode(indices, indices.length, 8);
        }
    }
}

package org.jcanns.spi;

/** Receives progress of long work: {@code done} units of {@code total} finished. */
@FunctionalInterface
public interface ProgressListener {
    /** A listener that ignores all progress. */
    ProgressListener NONE = (done, total) -> { };

    /** Called with the number of finished units; may be called from any thread, never concurrently. */
    void update(long done, long total);
}

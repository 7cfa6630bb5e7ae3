package org.jcanns.spi.task;

import java.io.IOException;
import java.nio.file.Path;
import org.jcanns.spi.ProgressListener;

/**
 * Generates the stimulus of an experiment: one array per model input, each with a leading time axis.
 * A task owns the memory of its data and frees it on {@link #close()}.
 */
public interface Task extends AutoCloseable {
    /** Number of time steps the task lasts. */
    int steps();

    /** The time step it was built for. */
    double dt();

    /** The generated data (computed on first call, then cached), reporting progress per generated step. */
    TaskData data(ProgressListener progress);

    /** The generated data, without progress reporting. */
    default TaskData data() {
        return data(ProgressListener.NONE);
    }

    /** Writes the data as {@code .npz} with canns' keys (atomically: a temporary file moved into place). */
    void save(Path file) throws IOException;

    /** Frees the task's memory. */
    @Override
    void close();
}

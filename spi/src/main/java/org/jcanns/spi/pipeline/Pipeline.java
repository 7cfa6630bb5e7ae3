package org.jcanns.spi.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.spi.ProgressListener;

/** An end-to-end job (task, model, analysis, plots) writing into one output directory. */
public interface Pipeline {
    /** Runs the job into {@code outputDir} (created if absent) and returns named results: arrays and file paths. */
    Map<String, Object> run(Path outputDir, ProgressListener progress) throws IOException;

    /** The results of the last run; throws {@link IllegalStateException} before the first run or after reset. */
    Map<String, Object> results();

    /** Forgets the results of the last run. */
    void reset();
}

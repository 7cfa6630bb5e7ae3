package org.jcanns.trainers;

import java.util.Objects;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.train.Trainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Progress switching shared by the trainers: off by default; when on, to a listener or else to the log. */
abstract class BaseTrainer implements Trainer {
    private static final Logger LOG = LoggerFactory.getLogger(BaseTrainer.class);
    private boolean show;
    private ProgressListener listener = BaseTrainer::log;

    private static void log(long done, long total) {
        if (done == total || total < 10 || done % (total / 10) == 0) {
            LOG.info("progress {}/{}", done, total);
        }
    }

    @Override
    public void showProgress(boolean on) {
        show = on;
    }

    @Override
    public void progressListener(ProgressListener listener) {
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Reports progress when it is on. */
    protected final void progress(long done, long total) {
        if (show) {
            listener.update(done, total);
        }
    }
}

package org.jcanns.spi.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/**
 * The threads a batch runs on: {@link #forEachChunk} splits the copies [0, B) into one contiguous range per thread
 * (threads split the batch, never the small vectors of one copy). With one thread everything runs on the caller.
 */
public final class BatchThreads implements AutoCloseable {
    /** The system property giving the default thread count (default: available processors). */
    public static final String PROPERTY = "jcanns.threads";
    private final int threads;
    private final ForkJoinPool pool;

    /** {@code threads} >= 1 threads (the caller is one of them). */
    public BatchThreads(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : new ForkJoinPool(threads - 1);
    }

    /** As many threads as {@code -Djcanns.threads} says, else as there are processors. */
    public static BatchThreads defaults() {
        return new BatchThreads(Math.max(1, Integer.getInteger(PROPERTY, Runtime.getRuntime().availableProcessors())));
    }

    /** The number of threads. */
    public int threads() {
        return threads;
    }

    /** The number of chunks {@code count} copies are split into: min(threads, count). */
    public int chunks(int count) {
        return Math.max(1, Math.min(threads, count));
    }

    /** First copy of chunk {@code c} of {@code count} copies; chunk c covers [start(c), start(c + 1)). */
    public int start(int c, int count) {
        return (int) ((long) count * c / chunks(count));
    }

    /** Runs {@code body.accept(c)} for every chunk c of {@code count} copies, in parallel; rethrows failures. */
    public void forEachChunk(int count, IntConsumer body) {
        int chunks = chunks(count);
        if (chunks == 1) {
            body.accept(0);
            return;
        }
        List<Future<?>> others = new ArrayList<>(chunks - 1);
        for (int c = 1; c < chunks; c++) {
            int chunk = c;
            others.add(pool.submit((Callable<Void>) () -> {
                body.accept(chunk);
                return null;
            }));
        }
        RuntimeException failure = null;
        try {
            body.accept(0);
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Future<?> f : others) {
            try {
                f.get();
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while stepping the batch", e);
            }
        }
        if (failure != null) {
            throw failure;
        }
    }

    /** Stops the threads. */
    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}

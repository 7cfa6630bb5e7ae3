package org.jcanns.spi.batch;

import java.util.List;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.param.Params;

/**
 * Implemented by a model provider that can step many copies of its model together faster than one by one (shared
 * connectivity as one GEMM or a batched FFT). Providers without it are batched copy by copy (core's
 * {@code IndependentBatch}).
 */
public interface BatchModelProvider {
    /** B copies: copy b with {@code params.get(b)} in {@code contexts.get(b)}, run on {@code threads}. */
    ModelBatch createBatch(List<Params> params, List<ModelContext> contexts, BatchThreads threads);
}

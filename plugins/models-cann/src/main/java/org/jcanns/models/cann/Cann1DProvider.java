package org.jcanns.models.cann;

import java.util.List;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.batch.BatchModelProvider;
import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.spi.batch.ModelBatch;
import org.jcanns.spi.model.BasicModelProvider;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.param.Params;

/** Provides {@code cann1d}: canns' CANN1D with its defaults. */
public final class Cann1DProvider extends BasicModelProvider implements BatchModelProvider {
    /** The provider the registry instantiates. */
    public Cann1DProvider() {
        super("cann1d", "1D continuous attractor network on a ring (Wu, Hamaguchi & Amari 2008)",
                Cann.commonParams(Cann1D.sizeParam(), 0.5, 10, 4),
                (p, c) -> new Cann1D(p, c.dt(), Kernels.of(c.kernels())));
    }

    /** Copies fused into one {@link Cann1DBatch}: shared connectivity becomes one GEMM or paired batched FFTs. */
    @Override
    public ModelBatch createBatch(List<Params> params, List<ModelContext> contexts, BatchThreads threads) {
        return new Cann1DBatch(params, contexts.get(0).dt(), Kernels.of(contexts.get(0).kernels()), threads, false);
    }
}

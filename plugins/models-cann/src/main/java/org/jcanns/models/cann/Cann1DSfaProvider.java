package org.jcanns.models.cann;

import java.util.List;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.batch.BatchModelProvider;
import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.spi.batch.ModelBatch;
import org.jcanns.spi.model.BasicModelProvider;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.param.Params;

/** Provides {@code cann1d-sfa}: canns' CANN1D_SFA with its defaults (a=0.3, A=0.2, J0=1, tau_v=50, m=0.3). */
public final class Cann1DSfaProvider extends BasicModelProvider implements BatchModelProvider {
    /** The provider the registry instantiates. */
    public Cann1DSfaProvider() {
        super("cann1d-sfa", "1D CANN with spike-frequency adaptation (Mi et al. 2014)",
                Cann.withAdaptation(Cann.commonParams(Cann1D.sizeParam(), 0.3, 0.2, 1.0)),
                (p, c) -> new Cann1DSfa(p, c.dt(), Kernels.of(c.kernels())));
    }

    /** Copies fused into one {@link Cann1DBatch}: shared connectivity becomes one GEMM or paired batched FFTs. */
    @Override
    public ModelBatch createBatch(List<Params> params, List<ModelContext> contexts, BatchThreads threads) {
        return new Cann1DBatch(params, contexts.get(0).dt(), Kernels.of(contexts.get(0).kernels()), threads, true);
    }
}

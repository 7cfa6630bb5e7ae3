package org.jcanns.models.cann;

import java.util.ArrayList;
import java.util.List;
import org.jcanns.core.batch.BatchModelProvider;
import org.jcanns.core.batch.BatchThreads;
import org.jcanns.core.batch.ModelBatch;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/** Provides {@code cann1d-sfa}: canns' CANN1D_SFA with its defaults (a=0.3, A=0.2, J0=1, tau_v=50, m=0.3). */
public final class Cann1DSfaProvider implements ModelProvider, BatchModelProvider {
    private static final ParameterSpec SPEC;

    static {
        List<Param> params = new ArrayList<>(Cann1D.commonParams(0.3, 0.2, 1.0));
        params.add(2, Param.real("tau_v", 50.0, "time constant of the adaptation v").positive());
        params.add(Param.real("m", 0.3, "adaptation strength"));
        SPEC = new ParameterSpec("model 'cann1d-sfa'", params);
    }

    @Override
    public String name() {
        return "cann1d-sfa";
    }

    @Override
    public String description() {
        return "1D CANN with spike-frequency adaptation (Mi et al. 2014)";
    }

    @Override
    public ParameterSpec parameters() {
        return SPEC;
    }

    @Override
    public Model create(Params params, ModelContext context) {
        return new Cann1DSfa(params, context.dt(), Kernels.active());
    }

    @Override
    public ModelBatch createBatch(List<Params> params, List<ModelContext> contexts, BatchThreads threads) {
        return new Cann1DBatch(params, contexts.get(0).dt(), Kernels.active(), threads, true);
    }
}

package org.jcanns.models.cann;

import java.util.List;
import org.jcanns.core.batch.BatchModelProvider;
import org.jcanns.core.batch.BatchThreads;
import org.jcanns.core.batch.ModelBatch;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/** Provides {@code cann1d}: canns' CANN1D with its defaults. */
public final class Cann1DProvider implements ModelProvider, BatchModelProvider {
    private static final ParameterSpec SPEC = new ParameterSpec("model 'cann1d'", Cann1D.commonParams(0.5, 10, 4));

    @Override
    public String name() {
        return "cann1d";
    }

    @Override
    public String description() {
        return "1D continuous attractor network on a ring (Wu, Hamaguchi & Amari 2008)";
    }

    @Override
    public ParameterSpec parameters() {
        return SPEC;
    }

    @Override
    public Model create(Params params, ModelContext context) {
        return new Cann1D(params, context.dt(), Kernels.active());
    }

    @Override
    public ModelBatch createBatch(List<Params> params, List<ModelContext> contexts, BatchThreads threads) {
        return new Cann1DBatch(params, contexts.get(0).dt(), Kernels.active(), threads, false);
    }
}

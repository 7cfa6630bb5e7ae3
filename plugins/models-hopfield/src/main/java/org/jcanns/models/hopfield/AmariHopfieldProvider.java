package org.jcanns.models.hopfield;

import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/** Provides {@code amari-hopfield}: canns' AmariHopfieldNetwork with its defaults. */
public final class AmariHopfieldProvider implements ModelProvider {
    private static final ParameterSpec SPEC = new ParameterSpec("model 'amari-hopfield'", AmariHopfieldNetwork.params());

    @Override
    public String name() {
        return "amari-hopfield";
    }

    @Override
    public String description() {
        return "Amari-Hopfield associative memory (Amari 1977; Hopfield 1982), trained by the Hebbian trainers";
    }

    @Override
    public ParameterSpec parameters() {
        return SPEC;
    }

    @Override
    public Model create(Params params, ModelContext context) {
        return new AmariHopfieldNetwork(params, context);
    }
}

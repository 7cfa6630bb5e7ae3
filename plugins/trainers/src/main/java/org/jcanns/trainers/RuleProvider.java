package org.jcanns.trainers;

import org.jcanns.core.kernel.Kernels;
import java.util.List;
import org.jcanns.spi.BasicProvider;
import org.jcanns.spi.kernel.KernelSet;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.Trainer;
import org.jcanns.spi.train.TrainerProvider;

/** A trainer provider: name, description, parameters, the kind of model the rule needs, and the constructor. */
abstract class RuleProvider<M extends Model> extends BasicProvider implements TrainerProvider {
    private final Class<M> modelType;
    private final String needs;
    private final Factory<M> factory;

    RuleProvider(String name, String description, List<Param> params, Class<M> modelType, String needs,
                 Factory<M> factory) {
        super("trainer", name, description, params);
        this.modelType = modelType;
        this.needs = needs;
        this.factory = factory;
    }

    @Override
    public Trainer create(Params params, Model model, KernelSet kernels) {
        if (!modelType.isInstance(model)) {
            throw new IllegalArgumentException("trainer '" + name() + "' needs " + needs + "; "
                    + model.getClass().getSimpleName() + " is not one");
        }
        return factory.create(modelType.cast(model), params, Kernels.of(kernels));
    }

    /** A rule's constructor: the model it trains, its validated parameters and the kernels it computes with. */
    interface Factory<M> {
        Trainer create(M model, Params params, Kernels kernels);
    }
}

package org.jcanns.spi.train;

import org.jcanns.spi.Provider;
import org.jcanns.spi.kernel.KernelSet;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.param.Params;

/** Creates trainers of one kind; found by the registry through {@link java.util.ServiceLoader}. */
public interface TrainerProvider extends Provider {
    /** A new trainer with validated {@code params} for {@code model}, computing with {@code kernels}. */
    Trainer create(Params params, Model model, KernelSet kernels);
}

package org.jcanns.spi.model;

import org.jcanns.spi.Tensor;

/** The inputs of one model step, by input name. */
@FunctionalInterface
public interface StepInput {
    /** The input called {@code name}; its shape is the one the model declared. */
    Tensor get(String name);
}

package org.jcanns.spi.train;

import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;

/** A feed-forward layer {@code y = f(W·x)} whose weights a local learning rule trains (canns' LinearLayer, SpikingLayer). */
public interface FeedForwardLayer extends Model {
    /** Length of an input x. */
    int inputSize();

    /** Length of an output y. */
    int outputSize();

    /** W, (outputs, inputs), live: writes change the layer. */
    Tensor weights();

    /** Runs the layer on input {@code x}, updating its state, and writes the output into {@code y}. */
    void forward(Tensor x, Tensor y);
}

package org.jcanns.spi.batch;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.FeatureSpace;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.StepInput;

/**
 * B copies of one model (different parameters, seeds or inputs) stepped together: the recurrent products of all
 * copies become one GEMM or one batched FFT, and threads split the copies. Copies share the model's shape.
 */
public interface ModelBatch extends AutoCloseable {
    /** The number of copies B. */
    int size();

    /** The shape of one copy's neuron population. */
    int[] shape();

    /** The state names, as the single model's. */
    List<String> stateNames();

    /** The live state array {@code name} of copy {@code copy}, shaped as the single model's. */
    Tensor state(int copy, String name);

    /** The inputs each copy reads per step. */
    List<InputSpec> inputs();

    /** Advances every copy by one step; {@code inputs} gives copy b its step inputs. */
    void step(IntFunction<StepInput> inputs);

    /** The feature space of the copies (from copy 0), for models that have one. */
    default Optional<FeatureSpace> featureSpace() {
        return Optional.empty();
    }

    /** Frees the copies' memory and threads. */
    @Override
    void close();
}

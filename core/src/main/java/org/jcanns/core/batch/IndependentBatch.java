package org.jcanns.core.batch;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.spi.batch.ModelBatch;
import org.jcanns.spi.model.FeatureSpace;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.StepInput;

/** Any model batched as B separate instances, stepped by the threads chunk by chunk. */
public final class IndependentBatch implements ModelBatch, ReportsOperator {
    private final List<Model> copies;
    private final BatchThreads threads;

    /** The given models (same shape), stepped on {@code threads}; closing the batch closes them. */
    public IndependentBatch(List<Model> copies, BatchThreads threads) {
        if (copies.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one copy");
        }
        for (Model m : copies) {
            if (!java.util.Arrays.equals(m.shape(), copies.get(0).shape())) {
                throw new IllegalArgumentException("copies differ in shape: " + java.util.Arrays.toString(m.shape())
                        + " vs " + java.util.Arrays.toString(copies.get(0).shape()));
            }
        }
        this.copies = List.copyOf(copies);
        this.threads = threads;
    }

    @Override
    public int size() {
        return copies.size();
    }

    @Override
    public int[] shape() {
        return copies.get(0).shape();
    }

    @Override
    public List<String> stateNames() {
        return copies.get(0).stateNames();
    }

    @Override
    public Tensor state(int copy, String name) {
        return copies.get(copy).state(name);
    }

    @Override
    public List<InputSpec> inputs() {
        return copies.get(0).inputs();
    }

    @Override
    public void step(IntFunction<StepInput> inputs) {
        int b = copies.size();
        threads.forEachChunk(b, c -> {
            for (int i = threads.start(c, b), end = threads.start(c + 1, b); i < end; i++) {
                copies.get(i).step(inputs.apply(i));
            }
        });
    }

    @Override
    public Optional<FeatureSpace> featureSpace() {
        return copies.get(0).featureSpace();
    }

    @Override
    public String operator() {
        return ReportsOperator.of(copies.get(0));
    }

    @Override
    public void close() {
        for (Model m : copies) {
            m.close();
        }
    }
}

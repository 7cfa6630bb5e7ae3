package org.jcanns.trainers;

import org.jcanns.core.kernel.Kernels;
import java.util.List;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.train.FeedForwardLayer;

/**
 * canns' OjaTrainer (Oja 1982): {@code y = W·x}, {@code ΔW = η·(y·xᵀ − diag(y²)·W)}, rows then rescaled to unit
 * norm ({@code normalize_weights}). A single output converges to the first principal component of the inputs.
 */
public class OjaTrainer extends LayerRule {
    /** The parameters, in canns' spelling. */
    public static List<Param> params() {
        return List.of(
                Param.real("learning_rate", 0.01, "learning rate η").positive(),
                Param.bool("normalize_weights", true, "rescale every row of W to unit norm after each update"));
    }

    private final boolean normalize;
    private final boolean sanger;

    /** An Oja trainer for {@code layer} with validated parameters. */
    public OjaTrainer(FeedForwardLayer layer, Params p, Kernels kernels) {
        this(layer, p, kernels, false);
    }

    /** Oja's rule, or Sanger's when {@code sanger} (the decay sums the rows up to each output, not only its own). */
    OjaTrainer(FeedForwardLayer layer, Params p, Kernels kernels, boolean sanger) {
        super(layer, (float) p.getDouble("learning_rate"), kernels);
        this.normalize = p.getBoolean("normalize_weights");
        this.sanger = sanger;
    }

    @Override
    protected void learn(Tensor x, Tensor y, Tensor w) {
        int outputs = w.dim(0), inputs = w.dim(1);
        // Sanger's decay for row i is y_i·Σ_{k≤i} y_k·W_k (old rows): a running sum over rows, taken before each
        // row is overwritten. Oja's keeps only k = i.
        float[] decay = new float[inputs];
        for (int i = 0; i < outputs; i++) {
            float yi = y.get(i);
            Tensor row = w.slice(i);
            for (int j = 0; j < inputs; j++) {
                float wij = row.get(j);
                decay[j] = sanger ? decay[j] + y.get(i) * wij : yi * wij;
                row.set(j, wij + learningRate * (yi * x.get(j) - yi * decay[j]));
            }
            if (normalize) {
                float norm = (float) Math.sqrt(kernels.elementWise().sumOfSquares(row));
                kernels.elementWise().scale(1f / (norm < 1e-10f ? 1f : norm), row);
            }
        }
    }
}

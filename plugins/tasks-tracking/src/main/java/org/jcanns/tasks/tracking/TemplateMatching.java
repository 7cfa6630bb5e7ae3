package org.jcanns.tasks.tracking;

import java.util.random.RandomGenerator;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;

/**
 * canns' TemplateMatching1D/2D: the stimulus at each held position plus Gaussian noise of standard deviation
 * {@code noiseLevel·A} per neuron and step (canns hard-codes 0.1·A and draws from numpy's global generator; here
 * the level is a parameter and the noise comes from the task's seeded source).
 */
public final class TemplateMatching extends SequenceTracking {
    private final double noiseStd;
    private final RandomGenerator random;

    /** Positions held for {@code durations[i]} each, noise level as a fraction of A, noise from {@code random}. */
    public TemplateMatching(Model model, double[][] iext, double[] durations, double noiseLevel, double dt,
                            RandomGenerator random) {
        super(model, dt, IextSequence.stepwise(check(iext, durations), durations, dt));
        this.noiseStd = noiseLevel * space.amplitude();
        this.random = random;
    }

    private static double[][] check(double[][] iext, double[] durations) {
        if (iext.length != durations.length) {
            throw new IllegalArgumentException("template matching needs one position per duration: got "
                    + iext.length + " positions and " + durations.length + " durations");
        }
        return iext;
    }

    @Override
    protected void fillStep(int step, Tensor out) {
        super.fillStep(step, out);
        for (long i = 0; i < out.size(); i++) {
            out.set(i, (float) (out.get(i) + noiseStd * random.nextGaussian()));
        }
    }
}

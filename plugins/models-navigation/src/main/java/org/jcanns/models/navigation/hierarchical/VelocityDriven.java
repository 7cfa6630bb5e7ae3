package org.jcanns.models.navigation.hierarchical;

import org.jcanns.core.kernel.Kernels;
import org.jcanns.models.navigation.NavigationModel;
import org.jcanns.spi.model.StepInput;

/**
 * The models of the hierarchical path-integration family that step on canns' {@code (velocity, loc,
 * loc_input_stre)}: BandCell, HierarchicalPathIntegrationModel, HierarchicalNetwork.
 */
public abstract class VelocityDriven extends NavigationModel {
    /** A model of {@code shape} declaring the inputs velocity (2), loc (2) and loc_input_stre (1). */
    @SuppressWarnings("this-escape") // declareInput only records names in NavigationModel's own fields
    protected VelocityDriven(Kernels kernels, int... shape) {
        super(kernels, shape);
        declareInput("velocity", "velocity (vx, vy)", 2);
        declareInput("loc", "location (x, y) for the location input", 2);
        declareInput("loc_input_stre", "strength of the location input (0: none)", 1);
    }

    @Override
    public final void step(StepInput in) {
        double[] v = vector(in, "velocity");
        double[] loc = vector(in, "loc");
        update(v[0], v[1], loc[0], loc[1], scalar(in, "loc_input_stre"));
    }

    /** One step with velocity (vx, vy), location (lx, ly) and location-input strength {@code strength}. */
    public abstract void update(double vx, double vy, double lx, double ly, double strength);
}

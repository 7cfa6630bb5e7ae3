package org.jcanns.pipelines;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jcanns.pipelines.trajectory.TrajectoryFiles;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.pipeline.Pipeline;
import org.jcanns.spi.pipeline.PipelineContext;
import org.jcanns.spi.pipeline.PipelineProvider;

/** Provides {@code theta-sweep}: canns' ThetaSweepPipeline on a trajectory file (.npz or .csv). */
public final class ThetaSweepProvider implements PipelineProvider {
    private final ParameterSpec spec;

    /** The provider the registry instantiates. */
    public ThetaSweepProvider() {
        List<Param> params = new ArrayList<>(List.of(
                Param.text("trajectory", "", "trajectory file: .npz with positions (n, 2) and optional times (n), "
                        + "or .csv with a header (required)"),
                Param.text("x_col", "x", "CSV column of x"),
                Param.text("y_col", "y", "CSV column of y"),
                Param.text("time_col", "time", "CSV column of the times (absent: steps of dt)")));
        params.addAll(ThetaSweepSettings.params());
        this.spec = new ParameterSpec("pipeline '" + name() + "'", params);
    }

    @Override
    public String name() {
        return "theta-sweep";
    }

    @Override
    public String description() {
        return "direction-cell and grid-cell theta sweeps along a recorded trajectory, with plots and an "
                + "animation (canns ThetaSweepPipeline)";
    }

    @Override
    public ParameterSpec parameters() {
        return spec;
    }

    @Override
    public Pipeline create(Params p, PipelineContext context) {
        String file = p.getString("trajectory");
        if (file.isBlank()) {
            throw new ParameterException("trajectory", "parameter 'trajectory' of " + spec.owner() + " is required: "
                    + "a .npz (positions, times) or .csv (x, y, time columns) file");
        }
        try {
            return new ThetaSweepPipeline(context, TrajectoryFiles.read(Path.of(file), p.getString("x_col"),
                    p.getString("y_col"), p.getString("time_col")), ThetaSweepSettings.of(p));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

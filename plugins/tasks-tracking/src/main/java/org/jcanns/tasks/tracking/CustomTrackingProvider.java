package org.jcanns.tasks.tracking;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jcanns.core.io.Npy;
import org.jcanns.core.io.NpyArray;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;

/** Provides {@code custom-tracking-Nd}: a stimulus following positions read from a {@code .npy} file. */
public class CustomTrackingProvider extends TrackingProvider {
    /** The 1D provider ({@code custom-tracking-1d}). */
    public CustomTrackingProvider() {
        this(1);
    }

    protected CustomTrackingProvider(int dims) {
        super("custom-tracking", dims, "stimulus following a given path, one position per step (canns CustomTracking"
                + dims + "D)", list(Param.text("positions", null, ".npy file of shape (steps" + (dims == 2 ? ", 2)"
                : ") or (steps, 1)") + " holding the stimulus position of every step")));
    }

    @Override
    Task create(Params params, TaskContext context, Model model) {
        Path file = Path.of(params.getString("positions"));
        if (!Files.isRegularFile(file)) {
            throw new ParameterException("positions", "parameter 'positions' of " + parameters().owner()
                    + ": expected an existing .npy file, got '" + file + "'");
        }
        NpyArray a;
        try (Arena arena = Arena.ofConfined()) {
            a = Npy.load(file, arena);
            int[] shape = a.shape();
            boolean fits = shape.length == 1 ? dims() == 1 : shape.length == 2 && shape[1] == dims();
            if (!fits || shape[0] < 1) {
                throw new ParameterException("positions", "parameter 'positions' of " + parameters().owner()
                        + ": expected an array of shape (steps" + (dims() == 1 ? "" : ", " + dims()) + "), got "
                        + java.util.Arrays.toString(shape));
            }
            double[] flat = a.toDoubles();
            return CustomTracking.of(model, context.dt(), IextSequence.points(flat, dims()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read positions from " + file + ": " + e.getMessage(), e);
        }
    }
}

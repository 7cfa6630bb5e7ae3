package org.jcanns.tasks.tracking;

import java.util.ArrayList;
import java.util.List;
import org.jcanns.spi.BasicProvider;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.spi.task.TaskProvider;

/** Shared shape of the tracking-task providers: a kind, a dimension (1 or 2), parameters and their checks. */
abstract class TrackingProvider extends BasicProvider implements TaskProvider {
    private final int dims;

    TrackingProvider(String kind, int dims, String description, List<Param> params) {
        super("task", kind + "-" + dims + "d", description, params);
        this.dims = dims;
    }

    /** The {@code iext} parameter: positions, x,y pairs flattened in order for 2D. */
    static Param iextParam(int dims, String what) {
        return Param.reals("iext", null, what + (dims == 2 ? " (x,y pairs flattened: x0,y0,x1,y1,...)" : ""));
    }

    /** The {@code duration} parameter: one duration per segment or held position. */
    static Param durationsParam(String what) {
        return Param.reals("duration", null, what).atLeast(0);
    }

    static List<Param> list(Param... params) {
        return new ArrayList<>(List.of(params));
    }

    @Override
    public final Task create(Params params, TaskContext context) {
        Model model = TrackingTask.requireModel(context, name(), dims);
        return create(params, context, model);
    }

    abstract Task create(Params params, TaskContext context, Model model);

    int dims() {
        return dims;
    }

    /** {@code iext} as points of {@code dims} coordinates; fails naming the parameter when it does not split. */
    double[][] points(Params params, int expectedCount) {
        double[] flat = params.getDoubles("iext");
        if (flat.length == 0 || flat.length % dims != 0 || (expectedCount > 0 && flat.length != expectedCount * dims)) {
            String want = expectedCount > 0 ? expectedCount + " position(s)" : "at least one position";
            throw new ParameterException("iext", "parameter 'iext' of " + parameters().owner() + ": expected " + want
                    + " of " + dims + " coordinate(s) each, got " + flat.length + " number(s)");
        }
        return IextSequence.points(flat, dims);
    }
}

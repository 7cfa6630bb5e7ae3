package org.jcanns.tasks.tracking;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.spi.ProgressListener;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.FeatureSpace;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.task.Task;
import org.jcanns.spi.task.TaskContext;
import org.jcanns.spi.task.TaskData;

/**
 * Base of the tracking tasks: for every step, the stimulus a CANN's feature space evokes, as an array
 * {@code inp} of shape (steps, *model shape). Saved as {@code .npz} with canns' single key {@code data}.
 */
public abstract class TrackingTask implements Task {
    /** The model input the data drives. */
    public static final String INPUT = "inp";
    /** The key canns saves tracking data under. */
    public static final String CANNS_KEY = "data";

    protected final FeatureSpace space;
    protected final int[] shape;
    protected final double dt;
    private final int steps;
    private final Arena arena = Arena.ofShared();
    private TaskData data;

    /** A task of {@code steps} steps on the feature space of {@code model}. */
    protected TrackingTask(Model model, double dt, int steps) {
        this.space = model.featureSpace().orElseThrow(() -> new IllegalArgumentException(
                "tracking tasks need a model with a feature space (a CANN)"));
        this.shape = model.shape();
        this.dt = dt;
        if (steps < 1) {
            throw new IllegalArgumentException("the task must last at least one step of dt = " + dt
                    + ", got " + steps + " steps");
        }
        this.steps = steps;
    }

    /** The model a tracking task needs, checked for a feature space of {@code dims} dimensions. */
    static Model requireModel(TaskContext context, String task, int dims) {
        Model m = context.model();
        if (m == null || m.featureSpace().isEmpty() || m.featureSpace().get().dimensions() != dims) {
            throw new ParameterException("model", "task '" + task + "' needs a model with a " + dims
                    + "D feature space (a " + dims + "D CANN)");
        }
        return m;
    }

    @Override
    public int steps() {
        return steps;
    }

    @Override
    public double dt() {
        return dt;
    }

    /** Writes the input of {@code step} into {@code out} (shape of the model). */
    protected abstract void fillStep(int step, Tensor out);

    @Override
    public synchronized TaskData data(ProgressListener progress) {
        if (data == null) {
            long values = 1;
            for (int d : shape) {
                values *= d;
            }
            MemoryLimit.require(MemoryLimit.times(MemoryLimit.times(steps, values), Float.BYTES), "the task's input ("
                    + steps + " steps x " + values + " values)");
            Tensor all = Tensor.allocate(arena, prepend(steps, shape));
            long every = Math.max(1, steps / 100);
            for (int t = 0; t < steps; t++) {
                fillStep(t, all.slice(t));
                if ((t + 1) % every == 0 || t + 1 == steps) {
                    progress.update(t + 1, steps);
                }
            }
            data = new TaskData(steps, Map.of(INPUT, all));
        }
        return data;
    }

    private static int[] prepend(int n, int[] shape) {
        int[] s = new int[shape.length + 1];
        s[0] = n;
        System.arraycopy(shape, 0, s, 1, shape.length);
        return s;
    }

    @Override
    public void save(Path file) throws IOException {
        Npz.save(file, Map.of(CANNS_KEY, NpyArray.of(data().get(INPUT))), true);
    }

    /** Reads tracking data saved by jcanns or canns ({@code data} key) as task data driving {@code inp}. */
    public static TaskData load(Path file, Arena arena) throws IOException {
        NpyArray a;
        try (var z = Npz.open(file)) {
            a = z.has(CANNS_KEY) && z.shape(CANNS_KEY).length >= 2 ? z.read(CANNS_KEY, arena) : null;
        }
        if (a == null) {
            throw new IOException(file + " holds no tracking data: expected an array '" + CANNS_KEY
                    + "' of shape (steps, *model shape)");
        }
        return new TaskData(a.shape()[0], Map.of(INPUT, a.toTensor(arena)));
    }

    @Override
    public void close() {
        arena.close();
    }
}

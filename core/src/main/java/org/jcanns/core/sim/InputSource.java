package org.jcanns.core.sim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.task.TaskData;

/** The inputs of every simulation step: rows of named arrays with a leading time axis, repeated when exhausted. */
public final class InputSource {
    /** Inputs with at most this many rows keep one ready-made view per row, so a step allocates nothing. */
    private static final int CACHED_ROWS = 1 << 16;
    private final Map<String, Tensor> arrays;
    private final int rows;
    private StepInput[] cached;

    private InputSource(Map<String, Tensor> arrays, int rows) {
        this.arrays = Map.copyOf(arrays);
        this.rows = rows;
    }

    /** Inputs from named arrays, each of shape (T, *input shape) with the same T. */
    public static InputSource of(Map<String, Tensor> arrays) {
        int rows = -1;
        for (var e : arrays.entrySet()) {
            int t = e.getValue().rank() == 0 ? 0 : e.getValue().dim(0);
            if (rows >= 0 && t != rows) {
                throw new IllegalArgumentException("input arrays differ in length: '" + e.getKey() + "' has " + t
                        + " rows, others " + rows);
            }
            rows = t;
        }
        return new InputSource(arrays, Math.max(rows, 0));
    }

    /** The arrays of a task's data. */
    public static InputSource of(TaskData data) {
        return of(data.arrays());
    }

    /** No inputs, for models that take none. */
    public static InputSource none() {
        return new InputSource(Map.of(), 0);
    }

    /** Number of distinct rows before the inputs repeat (0 when there are no arrays). */
    public int rows() {
        return rows;
    }

    /** Fails with a message naming the missing or misshapen inputs unless this source can drive {@code model}. */
    public void check(Model model) {
        List<String> problems = new ArrayList<>();
        for (InputSpec spec : model.inputs()) {
            Tensor t = arrays.get(spec.name());
            if (t == null) {
                problems.add("no array '" + spec.name() + "' (" + spec.doc() + ")");
            } else {
                int[] shape = t.shape();
                int[] rowShape = Arrays.copyOfRange(shape, 1, shape.length);
                if (!fits(rowShape, spec.shape())) {
                    problems.add("'" + spec.name() + "' rows have shape " + Arrays.toString(rowShape)
                            + ", the model needs " + Arrays.toString(spec.shape()));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("inputs do not fit the model: " + String.join("; ", problems)
                    + "; given arrays: " + arrays.keySet());
        }
        if (!model.inputs().isEmpty() && rows == 0) {
            throw new IllegalArgumentException("input arrays have no rows");
        }
    }

    /**
     * Whether rows of shape {@code row} can feed an input of shape {@code input}: the same shape, dimension by
     * dimension ({@code (64, 1)} does not feed {@code (64)}), a scalar and a one-element shape being the same.
     */
    public static boolean fits(int[] row, int[] input) {
        return Arrays.equals(row, input) || (Arrays.stream(row).allMatch(d -> d == 1)
                && Arrays.stream(input).allMatch(d -> d == 1));
    }

    /** The inputs of 0-based {@code step}, wrapping around after {@link #rows()} steps. */
    public StepInput at(int step) {
        int row = rows == 0 ? 0 : step % rows;
        if (rows > 0 && rows <= CACHED_ROWS) {
            if (cached == null) {
                StepInput[] views = new StepInput[rows];
                for (int i = 0; i < rows; i++) {
                    views[i] = view(i);
                }
                cached = views;
            }
            return cached[row];
        }
        return view(row);
    }

    /** The row's slices, made once: the model's {@code get} is then a lookup. */
    private StepInput view(int row) {
        if (arrays.size() == 1) {
            var e = arrays.entrySet().iterator().next();
            String only = e.getKey();
            Tensor slice = e.getValue().slice(row);
            return name -> {
                if (!name.equals(only)) {
                    throw new IllegalArgumentException("no input '" + name + "'; given: [" + only + "]");
                }
                return slice;
            };
        }
        return name -> {
            Tensor t = arrays.get(name);
            if (t == null) {
                throw new IllegalArgumentException("no input '" + name + "'; given: " + arrays.keySet());
            }
            return t.slice(row);
        };
    }
}

package org.jcanns.cli;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.io.UncheckedIOException;
import org.jcanns.core.io.NpzArchive;
import org.jcanns.core.io.Npz;
import org.jcanns.spi.Tensor;

/** The arrays of a {@code simulate} output ({@code .npz}: one (T, *shape) array per state, plus x and t). */
final class RunArrays implements AutoCloseable {
    private final Path file;
    private final Arena arena = Arena.ofShared();
    private final NpzArchive archive;
    /** The arrays read so far: only those a command asks for are read. */
    private final Map<String, Tensor> read = new HashMap<>();

    RunArrays(Path file) throws IOException {
        this.file = file;
        this.archive = Npz.open(file);
    }

    /** The array {@code name} as float32, or an error naming the file and listing what it holds. */
    Tensor get(String name) {
        if (!archive.has(name)) {
            throw new IllegalArgumentException("no array '" + name + "' in " + file + "; it has "
                    + String.join(", ", archive.names()));
        }
        return read.computeIfAbsent(name, n -> {
            try {
                return archive.read(n, arena).toTensor(arena);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** The array names, in file order. */
    java.util.Set<String> names() {
        return archive.names();
    }

    /** Whether the file holds {@code name}. */
    boolean has(String name) {
        return archive.has(name);
    }

    /** Positions x, or 0..n−1 when the run has none (a model without a feature space). */
    Tensor positions(int n) {
        if (has("x") && get("x").size() == n) {
            return get("x");
        }
        Tensor x = Tensor.allocate(arena, n);
        for (int i = 0; i < n; i++) {
            x.set(i, i);
        }
        return x;
    }

    /** Row {@code frame} of a (T, ...) array; negative counts from the end (−1 is the last step). */
    Tensor frame(String name, int frame) {
        Tensor t = get(name);
        if (t.rank() < 2) {
            throw new IllegalArgumentException("array '" + name + "' has shape " + Arrays.toString(t.shape())
                    + ": expected (T, ...) with one row per recorded step");
        }
        int steps = t.dim(0);
        int k = frame < 0 ? steps + frame : frame;
        if (k < 0 || k >= steps) {
            throw new IllegalArgumentException("--frame " + frame + " is outside the " + steps + " recorded steps of '"
                    + name + "'");
        }
        return t.slice(k);
    }

    /** A (T, N·…) view of a (T, ...) array. */
    Tensor matrix(String name) {
        Tensor t = get(name);
        if (t.rank() < 2) {
            throw new IllegalArgumentException("array '" + name + "' has shape " + Arrays.toString(t.shape())
                    + ": expected (T, N)");
        }
        return t.reshape(t.dim(0), Math.toIntExact(t.size() / Math.max(1, t.dim(0))));
    }

    /** 1 where {@code name} exceeds {@code threshold}, else 0: a spike train from any recorded state. */
    Tensor above(String name, double threshold) {
        Tensor m = matrix(name);
        Tensor s = Tensor.allocate(arena, m.shape());
        for (long i = 0; i < m.size(); i++) {
            s.set(i, m.get(i) > threshold ? 1f : 0f);
        }
        return s;
    }

    /**
     * The stimulus per step: array {@code name} itself when it is (T), else, for a (T, N) input such as
     * {@code inp}, the position x of its peak at every step.
     */
    Tensor stimulus(String name) {
        Tensor t = get(name);
        if (t.rank() == 1) {
            return t;
        }
        Tensor m = matrix(name);
        Tensor x = positions(m.dim(1));
        Tensor s = Tensor.allocate(arena, m.dim(0));
        for (int step = 0; step < m.dim(0); step++) {
            int best = 0;
            for (int i = 1; i < m.dim(1); i++) {
                if (m.get(step, i) > m.get(step, best)) {
                    best = i;
                }
            }
            s.set(step, x.get(best));
        }
        return s;
    }

    @Override
    public void close() {
        try {
            archive.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            arena.close();
        }
    }
}

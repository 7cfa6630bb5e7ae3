package org.jcanns.models.cann;

import java.lang.foreign.Arena;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.NamedStates;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.core.operator.RecurrentOperator;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.spi.batch.ModelBatch;
import org.jcanns.spi.model.FeatureSpace;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;

/**
 * B copies of CANN1D (or CANN1D_SFA) in (B, num) arrays: per copy its own tau, k, A, m, tau_v, inputs and seed;
 * copies with the same connectivity (a, J0, z range, operator) share one operator, whose {@code applyBatch} turns
 * their W·r into one GEMM or paired batched FFTs. Threads split the copies for the element-wise work and split each
 * product the way it splits best. Every copy follows canns' update order exactly as {@link Cann1D} does.
 */
final class Cann1DBatch implements ModelBatch, ReportsOperator {
    private final Arena arena = Arena.ofShared();
    private final Kernels kernels;
    private final BatchThreads threads;
    private final boolean sfa;
    private final int copies;
    private final int num;
    private final float dt;
    private final float[] tau;
    private final float[] k;
    private final float[] tauV;
    private final float[] m;
    private final Tensor u;
    private final Tensor r;
    private final Tensor inp;
    private final Tensor irec;
    private final Tensor v;
    /** Every state by name, as one row view per copy. */
    private final NamedStates<Tensor[]> views = new NamedStates<>();
    private final Tensor[] irecRows;
    /** The groups of copies sharing an operator, with their rows. */
    private final List<Group> groups = new ArrayList<>();
    private final Cann1D first;

    /** Copies of one connectivity; their rows gathered into scratch unless they are contiguous. */
    private record Group(RecurrentOperator op, int[] rows, Tensor rIn, Tensor out) {
    }

    Cann1DBatch(List<Params> params, double dt, Kernels kernels, BatchThreads threads, boolean sfa) {
        if (params.isEmpty()) {
            throw new IllegalArgumentException("a batch needs at least one copy");
        }
        this.kernels = kernels;
        this.threads = threads;
        this.sfa = sfa;
        this.copies = params.size();
        this.num = params.get(0).getInt("num");
        this.dt = (float) dt;
        this.first = sfa ? new Cann1DSfa(params.get(0), dt, kernels) : new Cann1D(params.get(0), dt, kernels);
        this.tau = new float[copies];
        this.k = new float[copies];
        this.tauV = new float[copies];
        this.m = new float[copies];
        Map<List<Object>, RecurrentOperator> operators = new LinkedHashMap<>();
        RecurrentOperator[] opOf = new RecurrentOperator[copies];
        for (int b = 0; b < copies; b++) {
            Params p = params.get(b);
            if (p.getInt("num") != num) {
                throw new ParameterException("num", "parameter 'num' of " + p.spec().owner()
                        + ": every copy of a batch needs the same num (" + num + "), copy " + b + " has "
                        + p.getInt("num"));
            }
            tau[b] = (float) p.getDouble("tau");
            k[b] = (float) p.getDouble("k");
            if (sfa) {
                tauV[b] = (float) p.getDouble("tau_v");
                m[b] = (float) p.getDouble("m");
            }
            double zMin = p.getDouble("z_min"), zRange = p.getDouble("z_max") - zMin;
            if (!(zRange > 0)) {
                throw new ParameterException("z_max", "parameter 'z_max' of " + p.spec().owner()
                        + ": expected a number > z_min (" + zMin + "), got " + p.getDouble("z_max"));
            }
            OperatorChoice asked = OperatorChoice.of(p.getString("operator"));
            List<Object> key = List.of(p.getDouble("a"), p.getDouble("J0"), zMin, zRange, asked);
            opOf[b] = operators.computeIfAbsent(key, unused -> {
                float[] kernel = Cann1D.ringKernel(num, zMin, zRange, p.getDouble("a"), p.getDouble("J0"));
                return Cann1D.ringOperator(asked.resolveRing(num, kernel), kernel, num, kernels);
            });
        }
        this.u = Tensor.allocate(arena, copies, num);
        this.r = Tensor.allocate(arena, copies, num);
        this.inp = Tensor.allocate(arena, copies, num);
        this.irec = Tensor.allocate(arena, copies, num);
        this.v = sfa ? Tensor.allocate(arena, copies, num) : null;
        views.add("u", rows(u));
        views.add("r", rows(r));
        views.add("inp", rows(inp));
        if (sfa) {
            views.add("v", rows(v));
        }
        this.irecRows = rows(irec);
        Map<RecurrentOperator, List<Integer>> members = new LinkedHashMap<>();
        for (int b = 0; b < copies; b++) {
            members.computeIfAbsent(opOf[b], unused -> new ArrayList<>()).add(b);
        }
        for (var e : members.entrySet()) {
            int[] rows = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            boolean contiguous = rows[rows.length - 1] - rows[0] == rows.length - 1;
            Tensor rIn = contiguous ? rowRange(r, rows[0], rows.length) : Tensor.allocate(arena, rows.length, num);
            Tensor out = contiguous ? rowRange(irec, rows[0], rows.length) : Tensor.allocate(arena, rows.length, num);
            groups.add(new Group(e.getKey(), contiguous ? null : rows, rIn, out));
        }
    }

    private Tensor rowRange(Tensor t, int from, int count) {
        long row = (long) num * Float.BYTES;
        return Tensor.wrap(t.segment().asSlice(from * row, count * row), count, num);
    }

    /** One view per copy of the rows of {@code all} (B, num). */
    private Tensor[] rows(Tensor all) {
        Tensor[] rows = new Tensor[copies];
        for (int b = 0; b < copies; b++) {
            rows[b] = all.slice(b);
        }
        return rows;
    }

    @Override
    public int size() {
        return copies;
    }

    @Override
    public int[] shape() {
        return new int[] {num};
    }

    @Override
    public List<String> stateNames() {
        return views.names();
    }

    @Override
    public Tensor state(int copy, String name) {
        return views.get(name)[copy];
    }

    @Override
    public List<InputSpec> inputs() {
        return first.inputs();
    }

    /**
     * Three phases: the rates of each chunk's copies; the recurrent products, split between the threads the way
     * each operator splits best (a GEMM by output columns, FFTs by networks); the Euler updates per chunk.
     */
    @Override
    public void step(IntFunction<StepInput> inputs) {
        Tensor[] us = views.get("u"), rs = views.get("r"), inps = views.get("inp");
        threads.forEachChunk(copies, c -> {
            for (int b = threads.start(c, copies), end = threads.start(c + 1, copies); b < end; b++) {
                inps[b].copyFrom(inputs.apply(b).get("inp"));
                float sumSq = kernels.elementWise().sumOfSquares(us[b]);
                kernels.elementWise().squareScaled(us[b], 1f / (1f + k[b] * sumSq), rs[b]);
            }
        });
        for (Group g : groups) {
            if (g.rows() != null) {
                for (int i = 0; i < g.rows().length; i++) {
                    g.rIn().slice(i).copyFrom(rs[g.rows()[i]]);
                }
            }
        }
        int parts = threads.threads();
        threads.forEachChunk(parts, part -> {
            for (Group g : groups) {
                g.op().applyBatchPart(g.rIn(), g.out(), part, parts);
            }
        });
        for (Group g : groups) {
            if (g.rows() != null) {
                for (int i = 0; i < g.rows().length; i++) {
                    irecRows[g.rows()[i]].copyFrom(g.out().slice(i));
                }
            }
        }
        Tensor[] vs = sfa ? views.get("v") : null;
        threads.forEachChunk(copies, c -> {
            for (int b = threads.start(c, copies), end = threads.start(c + 1, copies); b < end; b++) {
                Tensor ir = irecRows[b];
                kernels.elementWise().axpy(1f, inps[b], ir);
                if (sfa) {
                    kernels.elementWise().axpy(-1f, vs[b], ir);
                }
                kernels.elementWise().leak(us[b], ir, 1f, dt / tau[b]);
                if (sfa) {
                    kernels.elementWise().leak(vs[b], us[b], m[b], dt / tauV[b]);
                }
            }
        });
    }

    @Override
    public Optional<FeatureSpace> featureSpace() {
        return first.featureSpace();
    }

    @Override
    public String operator() {
        return first.operator();
    }

    @Override
    public void close() {
        first.close();
        arena.close();
    }
}

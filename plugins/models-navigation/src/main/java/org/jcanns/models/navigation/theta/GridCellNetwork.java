package org.jcanns.models.navigation.theta;

import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.models.navigation.CircularMean;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.LatticeGaussian;
import org.jcanns.models.navigation.LatticeMetric;
import org.jcanns.models.navigation.NavigationModel;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.StepInput;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' GridCellNetwork (Ji, Chu, Wu & Burgess 2025): {@code num_gc_x²} grid cells on a twisted torus of phases
 * {@code linspace(−π, π, n, endpoint=False)²} (neuron i·n + j at (x[j], x[i])), distance {@code ‖M⁻¹·wrap(d)‖}
 * with {@code M⁻¹ = [[1, ½], [0, √3/2]]}, driven by conjunctive input from {@code num_dc} direction cells.
 *
 * <p>Each step: the bump is decoded from the previous rates (circular means of the rates above 10 % of their
 * maximum give {@code center_phase}; of the 32×32 candidate centres shifted by {@code M⁻¹·center_phase/ratio} the
 * one nearest the animal is {@code center_position}; {@code gc_bump} is the template {@code A·exp(−‖c − 4v‖²/a²)});
 * the conjunctive input sums, over the directions θ_k = {@code linspace(−π, π, num_dc)} whose rate exceeds a third
 * of the maximum, {@code A·exp(−½‖M⁻¹wrap(c_k − v)‖²/a²)} with {@code c_k = phase(pos + phase_offset·(cos θ_k,
 * sin θ_k))}, weighted by the normalised rates and the theta gain, and drives the dynamics of
 * {@link AdaptiveAttractor}.
 *
 * <p>W is circulant on the n×n lattice and applied by FFT (or densely, for small n or with {@code conn_noise}); the
 * conjunctive input is an exact factorised sum ({@link LatticeGaussian}): no step needs an N×N array.
 */
public final class GridCellNetwork extends NavigationModel implements ReportsOperator {
    private static final int CANDIDATES_PER_SIDE = 32;
    private static final double SQRT3 = Math.sqrt(3);

    /** The parameters with canns' names and defaults. */
    static List<Param> params() {
        List<Param> all = AdaptiveAttractor.params(1.0, 0.8, 5.0, 1000.0);
        all.addAll(0, List.of(
                Param.integer("num_dc", 100, "direction cells giving the conjunctive input").atLeast(1),
                Param.integer("num_gc_x", 100, "grid cells per side (num_gc_x² in all)").atLeast(2)));
        all.addAll(all.size() - 1, List.of(
                Param.real("mapping_ratio", 1.0, "phase per unit of space; grid spacing = 2π/mapping_ratio").positive(),
                Param.real("phase_offset", 1.0 / 20, "offset of the conjunctive input along each direction")));
        return all;
    }

    private final int n;
    private final int numDc;
    private final double a;
    private final double amplitude;
    private final double ratio;
    private final double phaseOffset;
    private final double[] x;
    private final double[] directionCos;
    private final double[] directionSin;
    private final double[][] candidates;
    private final AdaptiveAttractor dynamics;
    private final CircularMean decoder;
    private final LatticeGaussian conjunctive;
    private final Tensor r;
    private final Tensor gcBump;
    private final Tensor conjInput;
    private final Tensor centerPhase;
    private final Tensor centerPosition;
    private final double[] bumpX;
    private final double[] bumpY;
    private final float[] bump;

    /** A network from validated parameters, stepped with {@code dt}; noise from {@code random}. */
    public GridCellNetwork(Params p, double dt, Kernels kernels, RandomGenerator random) {
        super(kernels, p.getInt("num_gc_x") * p.getInt("num_gc_x"));
        this.n = p.getInt("num_gc_x");
        this.numDc = p.getInt("num_dc");
        this.a = p.getDouble("a");
        this.amplitude = p.getDouble("A");
        this.ratio = p.getDouble("mapping_ratio");
        this.phaseOffset = p.getDouble("phase_offset");
        this.x = Linspace.of(-Math.PI, Math.PI, n, false);
        double[] theta = Linspace.of(-Math.PI, Math.PI, numDc, true);
        this.directionCos = new double[numDc];
        this.directionSin = new double[numDc];
        for (int i = 0; i < numDc; i++) {
            directionCos[i] = Math.cos(theta[i]);
            directionSin[i] = Math.sin(theta[i]);
        }
        this.candidates = candidateCentres(2 * Math.PI / ratio);
        this.decoder = new CircularMean(x, kernels);
        this.conjunctive = new LatticeGaussian(n, LatticeMetric.TWISTED, a, kernels);
        int cells = n * n;
        Tensor u = newState("u", cells);
        Tensor v = newState("v", cells);
        this.r = newState("r", cells);
        this.gcBump = newState("gc_bump", cells);
        this.conjInput = newState("conj_input", cells);
        this.centerPhase = newState("center_phase", 2);
        this.centerPosition = newState("center_position", 2);
        this.bumpX = new double[n];
        this.bumpY = new double[n];
        this.bump = new float[cells];
        double norm = p.getDouble("J0") / p.getDouble("g") / (Math.sqrt(2 * Math.PI) * a);
        float[] kernel = LatticeMetric.TWISTED.circulantKernel(n, q -> norm * Math.exp(-0.5 * q / (a * a)));
        Connectivity connectivity = own(new Connectivity(AdaptiveAttractor.choice(p), kernels));
        this.dynamics = new AdaptiveAttractor(p, dt, kernels, random, connectivity, kernel, n, u, v, r,
                Tensor.allocate(arena, cells));
        declareInput("pos", "the animal's position (x, y)", 2);
        declareInput("dc_r", "direction-cell rates", numDc);
        declareInput("theta_mod", "theta modulation of the conjunctive input (ThetaModulation.gc)", 1);
    }

    /** canns' 32×32 candidate centres {@code ((i − 16)·Λ, (j − 16)·Λ)} mapped through M⁻¹, flattened i·32 + j. */
    private static double[][] candidateCentres(double lambda) {
        int side = CANDIDATES_PER_SIDE;
        double[][] c = new double[side * side][];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                double c0 = (i - side / 2) * lambda, c1 = (j - side / 2) * lambda;
                c[i * side + j] = new double[] {c0 + 0.5 * c1, SQRT3 / 2 * c1};
            }
        }
        return c;
    }

    /** canns' position2phase: {@code q = M·(ratio·p) + π}, then {@code (q mod 2π) − π} per component. */
    double[] phaseOf(double px, double py) {
        double q0 = ratio * (px - py / SQRT3) + Math.PI;
        double q1 = ratio * (2 / SQRT3 * py) + Math.PI;
        return new double[] {floorMod2Pi(q0) - Math.PI, floorMod2Pi(q1) - Math.PI};
    }

    private static double floorMod2Pi(double q) {
        return q - Math.floor(q / (2 * Math.PI)) * 2 * Math.PI;
    }

    @Override
    public void reset() {
        zeroStates();
    }

    @Override
    public void step(StepInput in) {
        double[] pos = vector(in, "pos");
        update(pos[0], pos[1], in.get("dc_r"), scalar(in, "theta_mod"));
    }

    /** One step at position (px, py) with direction-cell rates {@code dcR} and theta gain {@code thetaMod}. */
    public void update(double px, double py, Tensor dcR, double thetaMod) {
        if (dcR.size() != numDc) {
            throw new IllegalArgumentException("dc_r needs " + numDc + " rates, got " + dcR.size());
        }
        decodeBump(px, py);
        conjunctiveInput(px, py, dcR, thetaMod);
        dynamics.step(conjInput);
    }

    /** canns' get_unique_activity_bump from the previous rates. */
    private void decodeBump(double px, double py) {
        double[] phase = decoder.torusCentre(r, 0.1);
        centerPhase.set(0, (float) phase[0]);
        centerPhase.set(1, (float) phase[1]);
        double rx = (phase[0] + 0.5 * phase[1]) / ratio, ry = SQRT3 / 2 * phase[1] / ratio;
        double best = Double.POSITIVE_INFINITY, cx = 0, cy = 0;
        for (double[] c : candidates) {
            double dx = c[0] + rx - px, dy = c[1] + ry - py;
            double d = dx * dx + dy * dy;
            if (d < best) {
                best = d;
                cx = c[0] + rx;
                cy = c[1] + ry;
            }
        }
        centerPosition.set(0, (float) cx);
        centerPosition.set(1, (float) cy);
        // A·exp(−‖c − 4v‖²/a²) = A·exp(−(cx − 4x_j)²/a²)·exp(−(cy − 4x_i)²/a²).
        for (int j = 0; j < n; j++) {
            double dx = cx - 4 * x[j], dy = cy - 4 * x[j];
            bumpX[j] = amplitude * Math.exp(-dx * dx / (a * a));
            bumpY[j] = Math.exp(-dy * dy / (a * a));
        }
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                bump[i * n + j] = (float) (bumpY[i] * bumpX[j]);
            }
        }
        gcBump.copyFrom(bump);
    }

    /** canns' calculate_input_from_conjgc, summed exactly by factorisation. */
    private void conjunctiveInput(double px, double py, Tensor dcR, double thetaMod) {
        float max = Float.NEGATIVE_INFINITY;
        for (int i = 0; i < numDc; i++) {
            max = Math.max(max, dcR.get(i));
        }
        float third = max / 3f;
        double total = 0;
        for (int i = 0; i < numDc; i++) {
            float ri = dcR.get(i);
            total += ri > third ? ri : 0;
        }
        double scale = amplitude * thetaMod / (total + 1e-12);
        double[] here = phaseOf(px, py);
        conjunctive.reset(here[0], here[1]);
        for (int i = 0; i < numDc; i++) {
            float ri = dcR.get(i);
            if (ri > third) {
                double[] c = phaseOf(px + phaseOffset * directionCos[i], py + phaseOffset * directionSin[i]);
                conjunctive.add(c[0], c[1], ri);
            }
        }
        conjunctive.writeTo(conjInput, scale);
    }

    /** The rates (live). */
    public Tensor r() {
        return r;
    }

    @Override
    public String operator() {
        return dynamics.operator();
    }
}

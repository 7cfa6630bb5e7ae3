package org.jcanns.models.navigation.hierarchical;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.LatticeGaussian;
import org.jcanns.models.navigation.LatticeMetric;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' HierarchicalPathIntegrationModel, one grid module: three band cells at {@code angle}, {@code angle + π/3}
 * and {@code angle + 2π/3} integrate velocity; the phases decoded by the first two drive a GridCell with
 * {@code 5000·G(hexdist(phase − v))} (G the normalised Gaussian of the band width); grid rates project to place
 * cells through {@code Wg2p[p][g] = G(hexdist(phase(place_p) − v_g))}.
 *
 * <p>canns also computes band → grid weights and a thresholded band output that nothing reads: jcanns skips them.
 */
public final class HierarchicalPathIntegrationModel extends VelocityDriven implements ReportsOperator {
    /** canns' input gain on the grid cells' phase bump. */
    static final double PHASE_INPUT_GAIN = 5000;

    /** The module parameters shared with HierarchicalNetwork: band_*, gauss_*, nonrec_tau, grid_*. */
    static List<Param> moduleParams() {
        List<Param> all = new ArrayList<>(BandCell.Config.params("band_", 0.0));
        all.addAll(GridCell.Config.params("grid_"));
        return all;
    }

    /** The square grid of place-cell centres canns uses: {@code linspace(0, range, side)²}, (x[j], x[i]) at i·side + j. */
    static double[][] placeGrid(int side, double range) {
        double[] x = Linspace.of(0, range, side, true);
        double[][] centres = new double[side * side][];
        for (int i = 0; i < side; i++) {
            for (int j = 0; j < side; j++) {
                centres[i * side + j] = new double[] {x[j], x[i]};
            }
        }
        return centres;
    }

    private final BandCell bandX;
    private final BandCell bandY;
    private final BandCell bandZ;
    private final GridCell grid;
    private final LatticeGaussian phaseBump;
    private final double bandWidth;
    private final Tensor gridInput;
    private final Tensor phase;
    private final Tensor gridToPlace;
    private final Tensor gridRates;
    private final Tensor gridOutput;

    /**
     * A module of grid spacing {@code spacing} at {@code angle}, projecting to {@code placeCentres} (none when the
     * array is empty: HierarchicalNetwork projects all modules at once), from module parameters {@code p}.
     */
    public HierarchicalPathIntegrationModel(Params p, double spacing, double angle, double[][] placeCentres,
                                            double dt, Kernels kernels, Connectivity connectivity,
                                            RandomGenerator random) {
        super(kernels, placeCentres.length);
        BandCell.Config band = BandCell.Config.from(p, "band_", angle, spacing, -Math.PI, Math.PI);
        GridCell.Config gridConfig = GridCell.Config.from(p, "grid_");
        this.bandX = own(new BandCell(band, dt, kernels, connectivity, random));
        this.bandY = own(new BandCell(band.rotated(Math.PI / 3), dt, kernels, connectivity, random));
        this.bandZ = own(new BandCell(band.rotated(2 * Math.PI / 3), dt, kernels, connectivity, random));
        this.grid = own(new GridCell(gridConfig, dt, kernels, connectivity));
        this.bandWidth = band.gauss().a();
        this.phaseBump = new LatticeGaussian(gridConfig.num(), LatticeMetric.HEXAGONAL, bandWidth, kernels);
        int n = gridConfig.neurons();
        this.gridInput = Tensor.allocate(arena, n);
        addState("grid_r", grid.r());
        addState("band_x_r", bandX.r());
        addState("band_y_r", bandY.r());
        addState("band_z_r", bandZ.r());
        this.phase = newState("phase", 2);
        if (placeCentres.length > 0) {
            this.gridToPlace = Tensor.allocate(arena, placeCentres.length, n);
            this.gridRates = Tensor.allocate(arena, n);
            writeGridToPlace(placeCentres, gridToPlace);
            this.gridOutput = newState("grid_output", placeCentres.length);
        } else {
            this.gridToPlace = null;
            this.gridRates = null;
            this.gridOutput = null;
        }
    }

    /** Grid → place weights of {@code centres} into {@code out} (one row of num² per place cell). */
    void writeGridToPlace(double[][] centres, Tensor out) {
        writeGridToPlace(bandX::phaseOf, bandY::phaseOf, phaseBump, bandWidth, centres, out);
    }

    /** The phase of a location along one band direction (canns' Postophase). */
    interface BandPhase {
        /** The phase of location (lx, ly). */
        double of(double lx, double ly);
    }

    /**
     * canns' make_Wg2p into {@code out} (one row of num² per place cell): {@code G(hexdist(phase(place) − v))} with the
     * normalised Gaussian of the band width, the phases from the x and y band directions, the bumps from {@code bump}.
     */
    static void writeGridToPlace(BandPhase x, BandPhase y, LatticeGaussian bump, double bandWidth,
                                 double[][] centres, Tensor out) {
        double norm = 1 / (Math.sqrt(2 * Math.PI) * bandWidth);
        for (int p = 0; p < centres.length; p++) {
            double px = x.of(centres[p][0], centres[p][1]);
            double py = y.of(centres[p][0], centres[p][1]);
            bump.reset(px, py);
            bump.add(px, py, norm);
            bump.writeTo(out.slice(p), 1);
        }
    }

    /** canns' get_input scaled by 5000 into {@code out}: the grid cells' bump at the band phases (px, py). */
    static void writePhaseInput(LatticeGaussian bump, double bandWidth, double px, double py, Tensor out) {
        bump.reset(px, py);
        bump.add(px, py, PHASE_INPUT_GAIN / (Math.sqrt(2 * Math.PI) * bandWidth));
        bump.writeTo(out, 1);
    }

    @Override
    public void reset() {
        bandX.reset();
        bandY.reset();
        bandZ.reset();
        grid.reset();
        phase.fill(0);
        if (gridOutput != null) {
            gridOutput.fill(0);
        }
    }

    @Override
    public void update(double vx, double vy, double lx, double ly, double strength) {
        bandX.update(vx, vy, lx, ly, strength);
        bandY.update(vx, vy, lx, ly, strength);
        bandZ.update(vx, vy, lx, ly, strength);
        double px = bandX.center(), py = bandY.center();
        phase.set(0, (float) px);
        phase.set(1, (float) py);
        writePhaseInput(phaseBump, bandWidth, px, py, gridInput);
        grid.update(gridInput);
        if (gridToPlace != null) {
            // The grid rates are a view of the grid's heap arrays; matrix kernels take off-heap memory (the
            // openblas tier hands it to C), so the product reads an off-heap copy.
            gridRates.copyFrom(grid.r());
            kernels.products().gemv(gridToPlace, gridRates, gridOutput);
        }
    }

    @Override
    public String operator() {
        return grid.operator();
    }
}

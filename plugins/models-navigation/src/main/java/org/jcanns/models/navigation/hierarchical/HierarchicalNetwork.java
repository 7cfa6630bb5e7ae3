package org.jcanns.models.navigation.hierarchical;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.model.ReportsOperator;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.LatticeGaussian;
import org.jcanns.models.navigation.LatticeMetric;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/**
 * canns' HierarchicalNetwork: {@code num_module} grid modules (HierarchicalPathIntegrationModel) of spacings
 * {@code linspace(spacing_min, spacing_max, num_module)} integrate velocity; their grid rates project to
 * {@code num_place²} place cells on {@code linspace(0, place_range, num_place)²}. Each step: every module steps;
 * {@code g = max(Σ_m Wg2p_m·r_m, 0)}; {@code u = max(g − max(g)/2, 0)}; the decoded position is
 * {@code Σ centre·u / (1e-5 + Σu)}; {@code place_fr = u²/(1 + Σu²)}.
 *
 * <p>The band cells of all modules step as one batch and the grid modules as another ({@link BandCellBatch},
 * {@link GridCellBatch}: one copy of each kernel, states in one array per quantity that the states listed here view
 * without copies); the place layer reads the stacked grid rates ({@code grid_fr}) through {@link PlaceReadout},
 * which computes the place input only for places that can reach half its maximum. canns' third band cell of each
 * module (z) feeds only an output canns never reads, so the network does not step it.
 */
public final class HierarchicalNetwork extends VelocityDriven implements ReportsOperator {
    /** The parameters, with canns' names and defaults ({@code place_range} is jcanns': canns fixes 5). */
    static List<Param> params() {
        List<Param> all = new ArrayList<>(List.of(
                Param.integer("num_module", 5, "number of grid modules").atLeast(1),
                Param.integer("num_place", 30, "place cells per side (num_place² in all)").atLeast(1),
                Param.real("spacing_min", 2.0, "grid spacing of the first module").positive(),
                Param.real("spacing_max", 5.0, "grid spacing of the last module").positive(),
                Param.real("module_angle", 0.0, "orientation of every module, radians"),
                Param.real("place_range", 5.0, "side of the square the place-cell centres cover").positive()));
        all.addAll(HierarchicalPathIntegrationModel.moduleParams());
        all.add(OperatorChoice.param());
        return all;
    }

    private final int count;
    private final int places;
    private final double[][] placeCentres;
    private final BandCellBatch bands;
    private final GridCellBatch grids;
    private final LatticeGaussian phaseBump;
    private final double bandWidth;
    private final Tensor[] gridInputs;
    private final PlaceReadout readout;
    private final float[] placeInput;
    private final float[] placeFrValues;
    private final Tensor decodedPos;

    /** A network from validated parameters, stepped with {@code dt}; band noise (if any) from {@code random}. */
    public HierarchicalNetwork(Params p, double dt, Kernels kernels, RandomGenerator random) {
        this(p, dt, kernels, random, HierarchicalPathIntegrationModel.placeGrid(p.getInt("num_place"),
                p.getDouble("place_range")));
    }

    private HierarchicalNetwork(Params p, double dt, Kernels kernels, RandomGenerator random, double[][] centres) {
        super(kernels, centres.length);
        this.placeCentres = centres;
        this.places = centres.length;
        this.count = p.getInt("num_module");
        Connectivity connectivity = own(new Connectivity(OperatorChoice.of(p.getString("operator")), kernels));
        double[] spacing = Linspace.of(p.getDouble("spacing_min"), p.getDouble("spacing_max"), count, true);
        double angle = p.getDouble("module_angle");
        // Each module's band cells x (at angle) and y (at angle + π/3). canns also steps a band z per module whose
        // rates only feed a band → grid output it never reads: the network skips it.
        List<BandCell.Config> bandConfigs = new ArrayList<>();
        for (int m = 0; m < count; m++) {
            bandConfigs.add(BandCell.Config.from(p, "band_", angle, spacing[m], -Math.PI, Math.PI));
        }
        for (int m = 0; m < count; m++) {
            bandConfigs.add(bandConfigs.get(m).rotated(Math.PI / 3));
        }
        this.bands = new BandCellBatch(bandConfigs, dt, kernels, connectivity, random);
        GridCell.Config gridConfig = GridCell.Config.from(p, "grid_");
        this.grids = new GridCellBatch(gridConfig, count, dt, kernels, connectivity);
        this.bandWidth = bandConfigs.getFirst().gauss().a();
        this.phaseBump = new LatticeGaussian(gridConfig.num(), LatticeMetric.HEXAGONAL, bandWidth, kernels);
        int gridCells = grids.neurons();
        this.gridInputs = new Tensor[count];
        for (int m = 0; m < count; m++) {
            gridInputs[m] = grids.input(m);
        }
        float[] stacked = new float[places * count * gridCells];
        Tensor perModule = Tensor.allocate(arena, places, gridCells);
        for (int m = 0; m < count; m++) {
            double[] projX = BandCell.projection(bandConfigs.get(m).angle(), spacing[m]);
            double[] projY = BandCell.projection(bandConfigs.get(count + m).angle(), spacing[m]);
            HierarchicalPathIntegrationModel.writeGridToPlace((x, y) -> BandCell.phaseOf(projX, x, y),
                    (x, y) -> BandCell.phaseOf(projY, x, y), phaseBump, bandWidth, centres, perModule);
            for (int place = 0; place < places; place++) {
                MemorySegment.copy(perModule.segment(), ValueLayout.JAVA_FLOAT, (long) place * gridCells * Float.BYTES,
                        stacked, (place * count + m) * gridCells, gridCells);
            }
        }
        this.readout = new PlaceReadout(stacked, places, count, gridConfig.num(), kernels.get(StepProducts.class));
        this.placeInput = new float[places];
        this.placeFrValues = new float[places];
        addState("place_fr", HeapTensors.view(placeFrValues, 0, places));
        addState("grid_fr", grids.rates(0, count));
        addState("band_x_fr", bands.rates(0, count));
        addState("band_y_fr", bands.rates(count, count));
        this.decodedPos = newState("decoded_pos", 2);
    }

    @Override
    public void reset() {
        bands.reset();
        grids.reset();
        Arrays.fill(placeFrValues, 0);
        decodedPos.fill(0);
    }

    @Override
    public void update(double vx, double vy, double lx, double ly, double strength) {
        bands.update(vx, vy, lx, ly, strength);
        for (int m = 0; m < count; m++) {
            HierarchicalPathIntegrationModel.writePhaseInput(phaseBump, bandWidth, bands.center(m),
                    bands.center(count + m), gridInputs[m]);
        }
        grids.update();
        readout.apply(grids.rateArray(), placeInput);
        double sum = 0, sumSq = 0, x = 0, y = 0;
        for (int i = 0; i < places; i++) {
            float u = placeInput[i];
            sum += u;
            sumSq += (double) u * u;
            x += placeCentres[i][0] * u;
            y += placeCentres[i][1] * u;
        }
        decodedPos.set(0, (float) (x / (1e-5 + sum)));
        decodedPos.set(1, (float) (y / (1e-5 + sum)));
        float c = (float) (1 / (1 + sumSq));
        for (int i = 0; i < places; i++) {
            float u = placeInput[i];
            placeFrValues[i] = c * (u * u);
        }
    }

    /** The place-cell centres, (x, y) per place cell. */
    public double[][] placeCentres() {
        double[][] copy = new double[placeCentres.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = placeCentres[i].clone();
        }
        return copy;
    }

    @Override
    public String operator() {
        return grids.operatorName();
    }
}

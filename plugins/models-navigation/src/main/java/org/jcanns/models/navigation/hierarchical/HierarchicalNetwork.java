package org.jcanns.models.navigation.hierarchical;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.core.geometry.Linspace;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.models.navigation.Connectivity;
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
 * <p>Identical rings and tori share one recurrent operator, and the grid → place projection of all modules is one
 * matrix-vector product over the stacked grid rates ({@code grid_fr}).
 */
public final class HierarchicalNetwork extends VelocityDriven {
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

    private final List<HierarchicalPathIntegrationModel> modules = new ArrayList<>();
    private final double[][] placeCentres;
    private final Tensor gridToPlace;
    private final Tensor placeInput;
    private final Tensor placeFr;
    private final Tensor gridFr;
    private final Tensor bandXFr;
    private final Tensor bandYFr;
    private final Tensor decodedPos;

    /** A network from validated parameters, stepped with {@code dt}; band noise (if any) from {@code random}. */
    public HierarchicalNetwork(Params p, double dt, Kernels kernels, RandomGenerator random) {
        this(p, dt, kernels, random, HierarchicalPathIntegrationModel.placeGrid(p.getInt("num_place"),
                p.getDouble("place_range")));
    }

    private HierarchicalNetwork(Params p, double dt, Kernels kernels, RandomGenerator random, double[][] centres) {
        super(kernels, centres.length);
        this.placeCentres = centres;
        int count = p.getInt("num_module");
        Connectivity connectivity = own(new Connectivity(OperatorChoice.of(p.getString("operator")), kernels));
        double[] spacing = Linspace.of(p.getDouble("spacing_min"), p.getDouble("spacing_max"), count, true);
        for (int m = 0; m < count; m++) {
            modules.add(own(new HierarchicalPathIntegrationModel(p, spacing[m], p.getDouble("module_angle"),
                    new double[0][], dt, kernels, connectivity, random)));
        }
        int gridCells = p.getInt("grid_num") * p.getInt("grid_num");
        int bandSize = p.getInt("band_size");
        this.gridToPlace = Tensor.allocate(arena, centres.length, count * gridCells);
        Tensor perModule = Tensor.allocate(arena, centres.length, gridCells);
        for (int m = 0; m < count; m++) {
            modules.get(m).writeGridToPlace(centres, perModule);
            for (int place = 0; place < centres.length; place++) {
                gridToPlace.slice(place).reshape(count, gridCells).slice(m).copyFrom(perModule.slice(place));
            }
        }
        this.placeInput = Tensor.allocate(arena, centres.length);
        this.placeFr = newState("place_fr", centres.length);
        this.gridFr = newState("grid_fr", count, gridCells);
        this.bandXFr = newState("band_x_fr", count, bandSize);
        this.bandYFr = newState("band_y_fr", count, bandSize);
        this.decodedPos = newState("decoded_pos", 2);
    }

    @Override
    public void reset() {
        for (HierarchicalPathIntegrationModel m : modules) {
            m.reset();
        }
        placeFr.fill(0);
        gridFr.fill(0);
        bandXFr.fill(0);
        bandYFr.fill(0);
        decodedPos.fill(0);
    }

    @Override
    public void update(double vx, double vy, double lx, double ly, double strength) {
        for (int m = 0; m < modules.size(); m++) {
            HierarchicalPathIntegrationModel module = modules.get(m);
            module.update(vx, vy, lx, ly, strength);
            gridFr.slice(m).copyFrom(module.grid().r());
            bandXFr.slice(m).copyFrom(module.bandX().r());
            bandYFr.slice(m).copyFrom(module.bandY().r());
        }
        kernels.gemv(gridToPlace, gridFr.reshape(Math.toIntExact(gridFr.size())), placeInput);
        float max = 0;
        for (long i = 0; i < placeInput.size(); i++) {
            max = Math.max(max, placeInput.get(i));
        }
        // g = max(Σ, 0) has max(g) = max(max Σ, 0); u = g − max/2 where g > max/2, else 0.
        float half = max / 2;
        double sum = 0, sumSq = 0, x = 0, y = 0;
        for (int i = 0; i < placeCentres.length; i++) {
            float g = Math.max(placeInput.get(i), 0f);
            float u = g > half ? g - half : 0f;
            placeInput.set(i, u);
            sum += u;
            sumSq += (double) u * u;
            x += placeCentres[i][0] * u;
            y += placeCentres[i][1] * u;
        }
        decodedPos.set(0, (float) (x / (1e-5 + sum)));
        decodedPos.set(1, (float) (y / (1e-5 + sum)));
        kernels.squareScaled(placeInput, (float) (1 / (1 + sumSq)), placeFr);
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
        return modules.getFirst().operator();
    }
}

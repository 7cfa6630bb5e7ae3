package org.jcanns.models.navigation.hierarchical;

import java.util.ArrayList;
import java.util.List;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.models.navigation.Connectivity;
import org.jcanns.models.navigation.NavigationModel;
import org.jcanns.spi.model.BasicModelProvider;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** Provides {@code path-integration-module}: canns' HierarchicalPathIntegrationModel, one grid module. */
public final class PathIntegrationModuleProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public PathIntegrationModuleProvider() {
        super("path-integration-module", "three band cells driving one grid module, projected to place cells "
                + "(canns HierarchicalPathIntegrationModel)", params(), PathIntegrationModuleProvider::build);
    }

    private static List<Param> params() {
        List<Param> all = new ArrayList<>(List.of(
                Param.real("spacing", 2.0, "grid spacing of the module").positive(),
                Param.real("angle", 0.0, "orientation of the module, radians"),
                Param.integer("num_place", 30, "place cells per side (num_place² in all)").atLeast(1),
                Param.real("place_range", 5.0, "side of the square the place-cell centres cover").positive()));
        all.addAll(HierarchicalPathIntegrationModel.moduleParams());
        all.add(OperatorChoice.param());
        return all;
    }

    private static Model build(Params p, ModelContext context) {
        Kernels kernels = Kernels.of(context.kernels());
        Connectivity connectivity = new Connectivity(OperatorChoice.of(p.getString("operator")), kernels);
        double[][] places = HierarchicalPathIntegrationModel.placeGrid(p.getInt("num_place"),
                p.getDouble("place_range"));
        return NavigationModel.alsoClosing(new HierarchicalPathIntegrationModel(p, p.getDouble("spacing"),
                p.getDouble("angle"), places, context.dt(), kernels, connectivity, context.random()), connectivity);
    }
}

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

/** Provides {@code gauss-rec-units}: canns' GaussRecUnits, a ring CANN at a multiple of its critical strength. */
public final class GaussRecUnitsProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public GaussRecUnitsProvider() {
        super("gauss-rec-units", "ring CANN at a multiple of its critical strength (canns GaussRecUnits)", params(),
                GaussRecUnitsProvider::build);
    }

    private static List<Param> params() {
        List<Param> all = new ArrayList<>();
        all.add(Param.integer("size", 180, "neurons on the ring").atLeast(2));
        all.addAll(GaussRecUnits.Config.params(""));
        all.add(Param.real("z_min", -Math.PI, "start of the feature space"));
        all.add(Param.real("z_max", Math.PI, "end of the feature space (excluded)"));
        all.add(OperatorChoice.param());
        return all;
    }

    private static Model build(Params p, ModelContext context) {
        GaussRecUnits.Config config = GaussRecUnits.Config.from(p, "", p.getInt("size"), p.getDouble("z_min"),
                p.getDouble("z_max"));
        Kernels kernels = Kernels.of(context.kernels());
        Connectivity connectivity = new Connectivity(OperatorChoice.of(p.getString("operator")), kernels);
        return NavigationModel.alsoClosing(new GaussRecUnits(config, context.dt(), kernels, connectivity),
                connectivity);
    }
}

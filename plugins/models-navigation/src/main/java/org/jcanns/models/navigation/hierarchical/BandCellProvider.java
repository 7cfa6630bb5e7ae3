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

/** Provides {@code band-cell}: canns' BandCell, velocity integration along one direction. */
public final class BandCellProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public BandCellProvider() {
        super("band-cell", "1D phase of position along one direction, shifted by velocity (canns BandCell)", params(),
                BandCellProvider::build);
    }

    private static List<Param> params() {
        List<Param> all = new ArrayList<>(List.of(
                Param.real("angle", 0.0, "direction of the bands' normal, radians"),
                Param.real("spacing", 2.0, "distance between bands").positive(),
                Param.real("z_min", -Math.PI, "start of the phase space"),
                Param.real("z_max", Math.PI, "end of the phase space (excluded)")));
        all.addAll(BandCell.Config.params("", 2.0));
        all.add(OperatorChoice.param());
        return all;
    }

    private static Model build(Params p, ModelContext context) {
        BandCell.Config config = BandCell.Config.from(p, "", p.getDouble("angle"), p.getDouble("spacing"),
                p.getDouble("z_min"), p.getDouble("z_max"));
        Kernels kernels = Kernels.of(context.kernels());
        Connectivity connectivity = new Connectivity(OperatorChoice.of(p.getString("operator")), kernels);
        return NavigationModel.alsoClosing(new BandCell(config, context.dt(), kernels, connectivity,
                context.random()), connectivity);
    }
}

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

/** Provides {@code hierarchical-grid-cell}: the GridCell of canns' hierarchical model (hexagonal torus, adaptation). */
public final class GridCellProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public GridCellProvider() {
        super("hierarchical-grid-cell", "hexagonal torus CANN with adaptation, the grid module of the hierarchical "
                + "model (canns GridCell)", params(), GridCellProvider::build);
    }

    private static List<Param> params() {
        List<Param> all = new ArrayList<>(GridCell.Config.params(""));
        all.add(OperatorChoice.param());
        return all;
    }

    private static Model build(Params p, ModelContext context) {
        Kernels kernels = Kernels.of(context.kernels());
        Connectivity connectivity = new Connectivity(OperatorChoice.of(p.getString("operator")), kernels);
        return NavigationModel.alsoClosing(new GridCell(GridCell.Config.from(p, ""), context.dt(), kernels,
                connectivity), connectivity);
    }
}

package org.jcanns.models.navigation.hierarchical;

import java.util.ArrayList;
import java.util.List;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.operator.OperatorChoice;
import org.jcanns.spi.model.BasicModelProvider;
import org.jcanns.spi.param.Param;

/** Provides {@code hierarchical-grid-cell}: the GridCell of canns' hierarchical model (hexagonal torus, adaptation). */
public final class GridCellProvider extends BasicModelProvider {
    /** The provider the registry instantiates. */
    public GridCellProvider() {
        super("hierarchical-grid-cell", "hexagonal torus CANN with adaptation, the grid module of the hierarchical "
                + "model (canns GridCell)", params(),
                (p, c) -> new GridCell(GridCell.Config.from(p, ""), c.dt(), Kernels.active(),
                        OperatorChoice.of(p.getString("operator"))));
    }

    private static List<Param> params() {
        List<Param> all = new ArrayList<>(GridCell.Config.params(""));
        all.add(OperatorChoice.param());
        return all;
    }
}

package org.jcanns.analysis.tda;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.topology.RipsDistances;
import org.jcanns.core.topology.RipsResult;

/**
 * A persistence result as named numpy arrays, the layout {@code jcanns tda} writes:
 * <ul>
 *   <li>{@code dgm0}, {@code dgm1}, ...: float64 (k, 2) of (birth, death), death {@code +inf} for classes that never
 *   die (ripser.py's {@code dgms});</li>
 *   <li>with cocycles, for each dimension d >= 1: {@code cocycles<d>}, int64 (rows, d + 2), the cocycles of all bars
 *   stacked, each row the d + 1 vertices of a simplex (largest first) and the value in 0..p-1; and
 *   {@code cocycles<d>_offsets}, int64 (k + 1): bar i's cocycle is rows offsets[i] to offsets[i + 1] (ripser.py's
 *   {@code cocycles[d][i]});</li>
 *   <li>with cocycles, {@code dperm2all}: the float64 (n, n) distances used, {@code +inf} where there is no edge.</li>
 * </ul>
 */
public final class PersistenceArrays {
    private PersistenceArrays() {
    }

    /** The arrays of {@code result}; cocycles and {@code dperm2all} only if the result has cocycles. */
    public static Map<String, NpyArray> of(RipsResult result, RipsDistances distances, boolean cocycles) {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        for (int d = 0; d < result.diagrams().size(); d++) {
            arrays.put("dgm" + d, NpyArray.ofDoubles(result.diagram(d).toArray(), result.diagram(d).size(), 2));
        }
        if (cocycles) {
            for (int d = 1; d < result.diagrams().size(); d++) {
                List<int[]> list = result.cocycles(d);
                long[] offsets = new long[list.size() + 1];
                for (int i = 0; i < list.size(); i++) {
                    offsets[i + 1] = offsets[i] + list.get(i).length / (d + 2);
                }
                long[] rows = new long[Math.toIntExact(offsets[list.size()] * (d + 2))];
                int k = 0;
                for (int[] z : list) {
                    for (int v : z) {
                        rows[k++] = v;
                    }
                }
                arrays.put("cocycles" + d, NpyArray.ofLongs(rows, (int) offsets[list.size()], d + 2));
                arrays.put("cocycles" + d + "_offsets", NpyArray.ofLongs(offsets, offsets.length));
            }
            int n = distances.size();
            arrays.put("dperm2all", NpyArray.ofDoubles(distances.toMatrix(), n, n));
        }
        return arrays;
    }
}

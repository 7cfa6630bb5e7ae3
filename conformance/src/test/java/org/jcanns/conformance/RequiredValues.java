package org.jcanns.conformance;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/**
 * A spec's defaults plus the smallest sensible value for each required parameter, the way a user gives only what is
 * asked for: a size 16 (moved into its bounds), a number 1 (or just above its lower bound), the index list 0,1.
 */
final class RequiredValues {
    private RequiredValues() {
    }

    static Params of(ParameterSpec spec) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param p : spec.list()) {
            if (!p.required()) {
                continue;
            }
            double lo = Double.isFinite(p.min()) ? p.min() : 0;
            Object v = switch (p.type()) {
                case INT -> (int) Math.max(16, lo + (p.minInclusive() ? 0 : 1));
                case REAL -> Math.max(1.0, lo + 1);
                case INTS -> new int[] {0, 1};
                case REALS -> new double[] {0, 1};
                default -> throw new AssertionError(spec.owner() + ": required parameter '" + p.name() + "' of type "
                        + p.type() + " has no obvious value; give it a default");
            };
            values.put(p.name(), v);
        }
        return spec.of(values);
    }
}

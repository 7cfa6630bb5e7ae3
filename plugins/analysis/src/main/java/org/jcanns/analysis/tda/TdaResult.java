package org.jcanns.analysis.tda;

import org.jcanns.core.topology.RipsDistances;
import org.jcanns.core.topology.RipsResult;

/**
 * What canns' {@code tda_vis} returns: the persistence of the landmarks (diagrams, cocycles, and the distances as
 * {@code dperm2all}), the landmark indices {@code indstemp} into the active times, the active time bins
 * {@code movetimes}, and the shuffle test when one was run (else null).
 */
public record TdaResult(RipsResult persistence, RipsDistances distances, int[] indstemp, int[] movetimes,
                        ShuffleTest.Result shuffles) {
    /** The number of landmarks. */
    public int nPoints() {
        return indstemp.length;
    }
}

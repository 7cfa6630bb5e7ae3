package org.jcanns.core.kernel;

import jdk.incubator.vector.FloatVector;

/** Reads the preferred vector width; only touched after the incubator module is known to be present. */
final class VectorWidth {
    private VectorWidth() {
    }

    static int preferredBits() {
        return FloatVector.SPECIES_PREFERRED.vectorBitSize();
    }
}

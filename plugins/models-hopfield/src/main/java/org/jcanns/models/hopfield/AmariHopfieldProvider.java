package org.jcanns.models.hopfield;

import org.jcanns.spi.model.BasicModelProvider;

/** Provides {@code amari-hopfield}: canns' AmariHopfieldNetwork with its defaults. */
public final class AmariHopfieldProvider extends BasicModelProvider {
    /** The provider, for {@link java.util.ServiceLoader}. */
    public AmariHopfieldProvider() {
        super("amari-hopfield", "Amari-Hopfield associative memory (Amari 1977; Hopfield 1982), trained by the "
                + "Hebbian trainers", AmariHopfieldNetwork.params(), AmariHopfieldNetwork::new);
    }
}

package org.jcanns.core.model;

import java.util.List;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.Model;

/** A {@link Model} whose state arrays are listed by name as the subclass creates them. */
public abstract class NamedStateModel implements Model {
    private NamedStates<Tensor> states = new NamedStates<>();

    /** Lists {@code state} (allocated by the subclass, or a part's state) as {@code name}; returns it. */
    protected final Tensor addState(String name, Tensor state) {
        return states.add(name, state);
    }

    /** Forgets every listed state, for a model that reallocates its states (a resize). */
    protected final void clearStates() {
        states = new NamedStates<>();
    }

    /** Sets every listed state to zero (the initial state of most canns models). */
    protected final void zeroStates() {
        for (Tensor t : states.all()) {
            t.fill(0);
        }
    }

    @Override
    public final List<String> stateNames() {
        return states.names();
    }

    @Override
    public final Tensor state(String name) {
        return states.get(name);
    }
}

package org.jcanns.core.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A model's state arrays by name, in the order they were added; {@code T} is a tensor, or for a batch the
 * per-copy views of one state.
 */
public final class NamedStates<T> {
    private final Map<String, T> byName = new LinkedHashMap<>();

    /** Lists {@code state} as {@code name} and returns it; a name can be listed once. */
    public T add(String name, T state) {
        if (byName.putIfAbsent(name, state) != null) {
            throw new IllegalStateException("state '" + name + "' listed twice");
        }
        return state;
    }

    /** The names, in the order they were added. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    /** The state called {@code name}; throws {@link IllegalArgumentException} listing the names. */
    public T get(String name) {
        T state = byName.get(name);
        if (state == null) {
            throw new IllegalArgumentException("no state '" + name + "'; states: " + names());
        }
        return state;
    }

    /** Every state, in the order they were added. */
    public Collection<T> all() {
        return byName.values();
    }
}

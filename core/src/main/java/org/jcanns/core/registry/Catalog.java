package org.jcanns.core.registry;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jcanns.spi.Provider;

/** The providers of one kind (models, tasks, ...) by short name. */
public final class Catalog<P extends Provider> {
    private final String kind;
    private final Map<String, P> byName;

    Catalog(String kind, Map<String, P> byName) {
        this.kind = kind;
        this.byName = Collections.unmodifiableMap(new TreeMap<>(byName));
    }

    /** The kind of provider, singular ("model", "task", ...). */
    public String kind() {
        return kind;
    }

    /** The provider called {@code name}; otherwise an error that lists the available names. */
    public P get(String name) {
        P p = byName.get(name);
        if (p == null) {
            throw new UnknownNameException("unknown " + kind + " '" + name + "'; available: "
                    + (byName.isEmpty() ? "none" : String.join(", ", byName.keySet())));
        }
        return p;
    }

    /** The names, sorted. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** The providers, sorted by name. */
    public List<P> all() {
        return List.copyOf(byName.values());
    }
}

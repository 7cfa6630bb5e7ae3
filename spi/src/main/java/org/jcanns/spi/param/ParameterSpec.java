package org.jcanns.spi.param;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The parameters a plugin accepts. Turns raw values into validated {@link Params}, filling in defaults and
 * rejecting unknown names with a message that lists the known ones.
 */
public final class ParameterSpec {
    private final String owner;
    private final Map<String, Param> params = new LinkedHashMap<>();

    /** A spec for {@code owner} (e.g. "model 'cann1d'") with the given parameters, in listing order. */
    public ParameterSpec(String owner, List<Param> params) {
        this.owner = owner;
        for (Param p : params) {
            if (this.params.put(p.name(), p) != null) {
                throw new IllegalArgumentException("duplicate parameter '" + p.name() + "' in " + owner);
            }
        }
    }

    /** Shorthand for {@link #ParameterSpec(String, List)}. */
    public static ParameterSpec of(String owner, Param... params) {
        return new ParameterSpec(owner, List.of(params));
    }

    /** What the spec belongs to, as used in error messages. */
    public String owner() {
        return owner;
    }

    /** The parameters in listing order. */
    public List<Param> list() {
        return List.copyOf(params.values());
    }

    /**
     * The parameter called {@code name}: an exact match, else the only one whose name differs in case alone
     * ({@code iext} finds {@code Iext}; {@code a} never finds {@code A} because {@code a} exists). Otherwise an
     * error listing the known names.
     */
    public Param get(String name) {
        Param p = params.get(name);
        if (p == null) {
            List<Param> folded = params.values().stream().filter(q -> q.name().equalsIgnoreCase(name)).toList();
            if (folded.size() == 1) {
                return folded.get(0);
            }
        }
        if (p == null) {
            throw new ParameterException(name, "unknown parameter '" + name + "' for " + owner + "; known: "
                    + (params.isEmpty() ? "none" : String.join(", ", params.keySet())));
        }
        return p;
    }

    /** Validated parameters from text values (as given on a command line); absent ones take their defaults. */
    public Params parse(Map<String, String> raw) {
        Map<String, Object> typed = new LinkedHashMap<>();
        Map<String, String> given = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            Param p = get(k);
            String first = given.putIfAbsent(p.name(), k);
            if (first != null) {
                throw new ParameterException(p.name(), "parameter '" + p.name() + "' of " + owner + " is given twice, "
                        + "as '" + first + "' and as '" + k + "'; give it once");
            }
            typed.put(p.name(), p.parse(owner, v));
        });
        return resolve(typed);
    }

    /** Validated parameters from typed values; absent ones take their defaults. */
    public Params of(Map<String, ?> values) {
        Map<String, Object> typed = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            Param p = get(k);
            typed.put(p.name(), p.validate(owner, v));
        });
        return resolve(typed);
    }

    /** All defaults (fails if a parameter is required). */
    public Params defaults() {
        return of(Map.of());
    }

    private Params resolve(Map<String, Object> given) {
        Map<String, Object> all = new LinkedHashMap<>();
        for (Param p : params.values()) {
            Object v = given.containsKey(p.name()) ? given.get(p.name()) : p.validate(owner, p.defaultValue());
            all.put(p.name(), v);
        }
        return new Params(this, all);
    }

    @Override
    public String toString() {
        return params.values().stream().map(p -> p.name() + "=" + p.defaultText()).collect(Collectors.joining(", ",
                owner + " {", "}"));
    }
}

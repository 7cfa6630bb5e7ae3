package org.jcanns.spi.param;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A complete, validated set of parameter values (every parameter of its spec has a value). */
public final class Params {
    private final ParameterSpec spec;
    private final Map<String, Object> values;

    Params(ParameterSpec spec, Map<String, Object> values) {
        this.spec = spec;
        this.values = Collections.unmodifiableMap(values);
    }

    /** The spec these values were validated against. */
    public ParameterSpec spec() {
        return spec;
    }

    /** The value of {@code name} as an int. */
    public int getInt(String name) {
        return (Integer) value(name);
    }

    /** The value of {@code name} as a double. */
    public double getDouble(String name) {
        return (Double) value(name);
    }

    /** The value of {@code name} as a boolean. */
    public boolean getBoolean(String name) {
        return (Boolean) value(name);
    }

    /** The value of a text or choice parameter. */
    public String getString(String name) {
        return (String) value(name);
    }

    /** A copy of the value of a list-of-reals parameter. */
    public double[] getDoubles(String name) {
        return ((double[]) value(name)).clone();
    }

    /** A copy of the value of a list-of-integers parameter. */
    public int[] getInts(String name) {
        return ((int[]) value(name)).clone();
    }

    /** The raw value of {@code name}. */
    public Object value(String name) {
        return values.get(spec.get(name).name());
    }

    /** These values with {@code name} set to {@code value} (validated). */
    public Params with(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        Param p = spec.get(name);
        copy.put(p.name(), p.validate(spec.owner(), value));
        return new Params(spec, copy);
    }

    /** All values by name, in spec order. */
    public Map<String, Object> asMap() {
        return values;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("{");
        values.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "").append(k).append('=').append(Param.format(v)));
        return s.append('}').toString();
    }
}

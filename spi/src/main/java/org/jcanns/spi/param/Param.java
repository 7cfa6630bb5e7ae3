package org.jcanns.spi.param;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One parameter: name, type, default, allowed range and a one-line doc.
 *
 * <p>Names follow canns' spelling ({@code A}, {@code J0}, {@code tau_v}). Numeric bounds apply to every element of
 * list types. A {@code null} default makes the parameter required.
 */
public record Param(String name, ParamType type, Object defaultValue, double min, boolean minInclusive,
                    double max, boolean maxInclusive, List<String> choices, String doc) {

    public Param {
        if (!name.matches("[A-Za-z][A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("parameter names are identifiers (canns' spelling), got '" + name + "'");
        }
        choices = List.copyOf(choices);
        if (defaultValue != null) {
            defaultValue = normalise(type, defaultValue);
        }
    }

    private static Param of(String name, ParamType type, Object def, String doc) {
        return new Param(name, type, def, Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true, List.of(), doc);
    }

    /** An integer parameter; {@code def} may be null for a required one. */
    public static Param integer(String name, Integer def, String doc) {
        return of(name, ParamType.INT, def, doc);
    }

    /** A real parameter; {@code def} may be null for a required one. */
    public static Param real(String name, Double def, String doc) {
        return of(name, ParamType.REAL, def, doc);
    }

    /** A boolean parameter. */
    public static Param bool(String name, boolean def, String doc) {
        return of(name, ParamType.BOOL, def, doc);
    }

    /** A text parameter; {@code def} may be null for a required one. */
    public static Param text(String name, String def, String doc) {
        return of(name, ParamType.TEXT, def, doc);
    }

    /** A list-of-reals parameter; {@code def} may be null for a required one. */
    public static Param reals(String name, double[] def, String doc) {
        return of(name, ParamType.REALS, def, doc);
    }

    /** A list-of-integers parameter; {@code def} may be null for a required one. */
    public static Param ints(String name, int[] def, String doc) {
        return of(name, ParamType.INTS, def, doc);
    }

    /** A parameter whose value is one of {@code choices}. */
    public static Param choice(String name, String def, List<String> choices, String doc) {
        return new Param(name, ParamType.CHOICE, def, Double.NEGATIVE_INFINITY, true, Double.POSITIVE_INFINITY, true,
                choices, doc);
    }

    /** This parameter with values required to be {@code >= lo}. */
    public Param atLeast(double lo) {
        return new Param(name, type, defaultValue, lo, true, max, maxInclusive, choices, doc);
    }

    /** This parameter with values required to be {@code > lo}. */
    public Param above(double lo) {
        return new Param(name, type, defaultValue, lo, false, max, maxInclusive, choices, doc);
    }

    /** This parameter with values required to be {@code <= hi}. */
    public Param atMost(double hi) {
        return new Param(name, type, defaultValue, min, minInclusive, hi, true, choices, doc);
    }

    /** This parameter with values required to be {@code < hi}. */
    public Param below(double hi) {
        return new Param(name, type, defaultValue, min, minInclusive, hi, false, choices, doc);
    }

    /** This parameter required to be {@code > 0}. */
    public Param positive() {
        return above(0);
    }

    /** Whether a value must be given (there is no default). */
    public boolean required() {
        return defaultValue == null;
    }

    /** What values are allowed, as said in errors and listings, e.g. "an integer >= 2". */
    public String allowed() {
        StringBuilder s = new StringBuilder(type.description());
        if (type == ParamType.CHOICE) {
            s.append(' ').append(String.join("|", choices));
        }
        boolean hasMin = min != Double.NEGATIVE_INFINITY;
        boolean hasMax = max != Double.POSITIVE_INFINITY;
        if (hasMin && hasMax) {
            s.append(" in ").append(minInclusive ? '[' : '(').append(num(min)).append(", ").append(num(max))
                    .append(maxInclusive ? ']' : ')');
        } else if (hasMin) {
            s.append(minInclusive ? " >= " : " > ").append(num(min));
        } else if (hasMax) {
            s.append(maxInclusive ? " <= " : " < ").append(num(max));
        }
        return s.toString();
    }

    /** The default as text, or "required". */
    public String defaultText() {
        return defaultValue == null ? "required" : format(defaultValue);
    }

    /** Renders a value of this parameter's type as text that {@link #parse} reads back. */
    public static String format(Object value) {
        if (value instanceof double[] d) {
            StringBuilder s = new StringBuilder();
            for (int i = 0; i < d.length; i++) {
                s.append(i == 0 ? "" : ",").append(num(d[i]));
            }
            return s.toString();
        }
        if (value instanceof int[] d) {
            return Arrays.toString(d).replaceAll("[\\[\\] ]", "");
        }
        if (value instanceof Double d) {
            return num(d);
        }
        return String.valueOf(value);
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** Parses {@code text} into this parameter's type and validates it; {@code owner} names the plugin in errors. */
    public Object parse(String owner, String text) {
        String t = text.trim();
        try {
            return validate(owner, switch (type) {
                case INT -> parseInt(owner, t);
                case REAL -> parseReal(t);
                case BOOL -> parseBool(t);
                case TEXT, CHOICE -> t;
                case REALS -> Arrays.stream(splitList(t)).mapToDouble(Param::parseReal).toArray();
                case INTS -> Arrays.stream(splitList(t)).mapToInt(v -> parseInt(owner, v)).toArray();
            });
        } catch (NumberFormatException e) {
            throw invalid(owner, "'" + text + "'" + (String.valueOf(e.getMessage()).startsWith("not finite")
                    ? " (not a finite number)" : ""));
        }
    }

    private static String[] splitList(String t) {
        return t.isEmpty() ? new String[0] : t.split("\\s*,\\s*");
    }

    /** An int, or an error saying the text is a whole number outside the int range (not that it is too small). */
    private int parseInt(String owner, String t) {
        try {
            return Integer.parseInt(t);
        } catch (NumberFormatException e) {
            if (t.matches("[+-]?\\d+")) {
                throw invalid(owner, "'" + t + "', outside the integer range [" + Integer.MIN_VALUE + ", "
                        + Integer.MAX_VALUE + "]");
            }
            throw e;
        }
    }

    /** A finite real: infinity and NaN are refused here, as no parameter means them (bounds apply after). */
    private static double parseReal(String t) {
        double v = switch (t.toLowerCase(Locale.ROOT)) {
            case "pi" -> Math.PI;
            case "-pi" -> -Math.PI;
            default -> Double.parseDouble(t);
        };
        if (!Double.isFinite(v)) {
            throw new NumberFormatException("not finite: " + t);
        }
        return v;
    }

    private static Boolean parseBool(String t) {
        return switch (t.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new NumberFormatException(t);
        };
    }

    /** Checks a typed value against this parameter's type and bounds; returns it in canonical form. */
    public Object validate(String owner, Object value) {
        if (value == null) {
            throw new ParameterException(name, "parameter '" + name + "' of " + owner + " is required: expected "
                    + allowed());
        }
        Object v;
        try {
            v = normalise(type, value);
        } catch (IllegalArgumentException e) {
            throw invalid(owner, describe(value));
        }
        switch (type) {
            case INT -> checkRange(owner, (Integer) v);
            case REAL -> checkRange(owner, (Double) v);
            case REALS -> {
                for (double d : (double[]) v) {
                    checkRange(owner, d);
                }
            }
            case INTS -> {
                for (int d : (int[]) v) {
                    checkRange(owner, d);
                }
            }
            case CHOICE -> {
                if (!choices.contains(v)) {
                    throw invalid(owner, "'" + v + "'");
                }
            }
            default -> { }
        }
        return v;
    }

    private static Object normalise(ParamType type, Object value) {
        return switch (type) {
            case INT -> value instanceof Integer i ? i : exactInt(value);
            case REAL -> value instanceof Number n ? n.doubleValue() : fail(value);
            case BOOL -> value instanceof Boolean b ? b : fail(value);
            case TEXT, CHOICE -> value instanceof String s ? s : fail(value);
            case REALS -> value instanceof double[] d ? d.clone()
                    : value instanceof float[] f ? toDoubles(f)
                    : value instanceof int[] i ? Arrays.stream(i).asDoubleStream().toArray()
                    : value instanceof Number n ? new double[] {n.doubleValue()} : fail(value);
            case INTS -> value instanceof int[] i ? i.clone() : value instanceof Integer i ? new int[] {i} : fail(value);
        };
    }

    private static double[] toDoubles(float[] f) {
        double[] d = new double[f.length];
        for (int i = 0; i < f.length; i++) {
            d[i] = f[i];
        }
        return d;
    }

    private static Integer exactInt(Object value) {
        if (value instanceof Long l && l == l.intValue()) {
            return l.intValue();
        }
        throw new IllegalArgumentException();
    }

    private static Object fail(Object value) {
        throw new IllegalArgumentException(String.valueOf(value));
    }

    private void checkRange(String owner, double v) {
        boolean ok = !Double.isNaN(v)
                && (minInclusive ? v >= min : v > min)
                && (maxInclusive ? v <= max : v < max);
        if (!ok) {
            throw invalid(owner, num(v));
        }
    }

    private static String describe(Object value) {
        return value instanceof String s ? "'" + s + "'" : value.getClass().getSimpleName() + " " + value;
    }

    private ParameterException invalid(String owner, String got) {
        return new ParameterException(name, "parameter '" + name + "' of " + owner + ": expected " + allowed()
                + ", got " + got);
    }
}

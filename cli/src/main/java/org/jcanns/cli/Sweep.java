package org.jcanns.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Parameter values per batch copy from {@code --sweep NAME=V1,V2,...} or {@code --sweep NAME=START:STOP:COUNT}
 * (COUNT evenly spaced values, both ends included). Several sweeps are zipped (all of one length B), or with
 * {@code --grid} crossed (B = product of the lengths, the last sweep varying fastest).
 */
final class Sweep {
    /** The most copies one run makes: a bound before any memory is estimated. */
    static final int MAX_COPIES = 1_000_000;

    private final String name;
    private final List<String> values;

    private Sweep(String name, List<String> values) {
        this.name = name;
        this.values = List.copyOf(values);
    }

    /** Parses one {@code --sweep} argument. */
    static Sweep parse(String spec) {
        int eq = spec.indexOf('=');
        if (eq <= 0 || eq == spec.length() - 1) {
            throw new IllegalArgumentException("--sweep expects NAME=V1,V2,... or NAME=START:STOP:COUNT, got '" + spec
                    + "'");
        }
        String name = spec.substring(0, eq).trim();
        String body = spec.substring(eq + 1).trim();
        if (body.contains(":")) {
            String[] parts = body.split(":", -1);
            if (parts.length != 3) {
                throw new IllegalArgumentException("--sweep " + name + ": a range is START:STOP:COUNT, got '" + body
                        + "'");
            }
            double start, stop;
            int count;
            try {
                start = Double.parseDouble(parts[0]);
                stop = Double.parseDouble(parts[1]);
                count = Integer.parseInt(parts[2].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--sweep " + name + ": START and STOP must be numbers and COUNT an "
                        + "integer, got '" + body + "'");
            }
            if (count < 1 || count > MAX_COPIES) {
                throw new IllegalArgumentException("--sweep " + name + ": COUNT must be in [1, " + MAX_COPIES
                        + "], got " + count);
            }
            List<String> vals = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                double v = count == 1 ? start : start + (stop - start) * i / (count - 1);
                vals.add(String.format(Locale.ROOT, "%.17g", v));
            }
            return new Sweep(name, vals);
        }
        List<String> vals = new ArrayList<>();
        for (String v : body.split(",", -1)) {
            if (v.isBlank()) {
                throw new IllegalArgumentException("--sweep " + name + ": empty value in '" + body + "'");
            }
            vals.add(v.trim());
        }
        return new Sweep(name, vals);
    }

    String name() {
        return name;
    }

    List<String> values() {
        return values;
    }

    /**
     * The values of every swept name for each of the copies: {@code batch} copies (null: as many as the sweeps
     * give), zipped or crossed. With no sweeps, {@code batch} copies with no overrides.
     */
    static List<Map<String, String>> perCopy(List<Sweep> sweeps, Integer batch, boolean grid) {
        List<Map<String, String>> copies = new ArrayList<>();
        if (sweeps.isEmpty()) {
            if (batch != null && batch > MAX_COPIES) {
                throw new IllegalArgumentException("--batch must be in [1, " + MAX_COPIES + "], got " + batch);
            }
            for (int b = 0; b < (batch == null ? 1 : batch); b++) {
                copies.add(Map.of());
            }
            return copies;
        }
        int count;
        if (grid) {
            long product = 1;
            for (Sweep s : sweeps) {
                product *= s.values.size();
            }
            if (product > MAX_COPIES) {
                throw new IllegalArgumentException("--grid gives " + product + " copies; at most " + MAX_COPIES);
            }
            count = (int) product;
        } else {
            count = sweeps.get(0).values.size();
            for (Sweep s : sweeps) {
                if (s.values.size() != count) {
                    throw new IllegalArgumentException("zipped sweeps need the same number of values: '"
                            + sweeps.get(0).name + "' has " + count + ", '" + s.name + "' has " + s.values.size()
                            + " (use --grid for every combination)");
                }
            }
        }
        if (batch != null && batch != count) {
            throw new IllegalArgumentException("--batch " + batch + " does not match the " + count
                    + " copies the sweeps give; leave --batch out or make them agree");
        }
        for (int b = 0; b < count; b++) {
            Map<String, String> values = new LinkedHashMap<>();
            int rest = b;
            for (int s = sweeps.size() - 1; s >= 0; s--) {
                Sweep sw = sweeps.get(s);
                int index = grid ? rest % sw.values.size() : b;
                if (grid) {
                    rest /= sw.values.size();
                }
                values.put(sw.name, sw.values.get(index));
            }
            copies.add(values);
        }
        return copies;
    }
}

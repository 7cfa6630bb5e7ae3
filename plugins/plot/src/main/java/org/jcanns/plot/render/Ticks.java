package org.jcanns.plot.render;

import java.util.Locale;

/** Tick positions at "nice" steps (1, 2, 2.5, 5 times a power of ten) inside a range, with labels. */
public record Ticks(double[] values, String[] labels) {

    /** At most {@code maxTicks} ticks inside [lo, hi] at the smallest nice step that fits, labelled alike. */
    public static Ticks nice(double lo, double hi, int maxTicks) {
        if (!(hi > lo)) {
            return new Ticks(new double[] {lo}, new String[] {format(lo, 0)});
        }
        // The smallest nice step with at most maxTicks ticks inside [lo, hi].
        double mag = Math.pow(10, Math.floor(Math.log10((hi - lo) / Math.max(1, maxTicks))) - 1);
        double step = 0;
        long first = 0;
        int n = 0;
        search:
        for (int decade = 0; decade < 40; decade++, mag *= 10) {
            for (double m : new double[] {1, 2, 2.5, 5}) {
                step = m * mag;
                first = (long) Math.ceil(lo / step - 1e-9);
                long last = (long) Math.floor(hi / step + 1e-9);
                n = (int) (last - first + 1);
                if (n <= Math.max(2, maxTicks)) {
                    break search;
                }
            }
        }
        double[] v = new double[n];
        String[] l = new String[n];
        int decimals = decimals(step);
        for (int i = 0; i < n; i++) {
            v[i] = (first + i) * step;
            if (Math.abs(v[i]) < step * 1e-9) {
                v[i] = 0;
            }
            l[i] = format(v[i], decimals);
        }
        return new Ticks(v, l);
    }

    /** Ticks at given values with given labels. */
    public static Ticks of(double[] values, String... labels) {
        return new Ticks(values.clone(), labels.clone());
    }

    private static int decimals(double step) {
        for (int d = 0; d < 10; d++) {
            double scaled = step * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) < 1e-6 * scaled) {
                return d;
            }
        }
        return 10;
    }

    private static String format(double v, int decimals) {
        double a = Math.abs(v);
        if (a != 0 && (a >= 1e6 || a < 1e-4)) {
            return String.format(Locale.ROOT, "%.3g", v);
        }
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        // matplotlib draws a true minus sign.
        return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
    }
}

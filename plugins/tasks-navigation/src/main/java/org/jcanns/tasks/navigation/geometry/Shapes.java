package org.jcanns.tasks.navigation.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text form of shapes, as parameters and command-line options give them. A polygon is its corners in order,
 * {@code x0,y0,x1,y1,x2,y2,...}; a wall is {@code x0,y0,x1,y1}; several walls or holes are separated by
 * {@code ;}. Spaces are ignored. Example: walls {@code "0.5,0,0.5,1; 0.5,1,1,1"}, one hole
 * {@code "0.7,0.7,1.3,0.7,1.3,1.3,0.7,1.3"}.
 */
public final class Shapes {
    private Shapes() {
    }

    /** The polygon {@code text} (x,y pairs); {@code what} names the input in errors. */
    public static Polygon polygon(String text, String what) {
        double[] v = numbers(text, what);
        if (v.length % 2 != 0) {
            throw new IllegalArgumentException(what + ": expected x,y pairs (an even count of numbers), got "
                    + v.length + " number(s)");
        }
        double[] x = new double[v.length / 2];
        double[] y = new double[v.length / 2];
        for (int i = 0; i < x.length; i++) {
            x[i] = v[2 * i];
            y[i] = v[2 * i + 1];
        }
        return new Polygon(x, y, what);
    }

    /** The polygons of {@code text}, separated by {@code ;} (empty text: none). */
    public static List<Polygon> polygons(String text, String what) {
        List<Polygon> out = new ArrayList<>();
        for (String part : parts(text)) {
            out.add(polygon(part, what + " (polygon " + (out.size() + 1) + ")"));
        }
        return out;
    }

    /** The walls of {@code text}: groups x0,y0,x1,y1 separated by {@code ;} (empty text: none). */
    public static List<Segment> walls(String text, String what) {
        List<Segment> out = new ArrayList<>();
        for (String part : parts(text)) {
            String name = what + " (wall " + (out.size() + 1) + ")";
            double[] v = numbers(part, name);
            if (v.length != 4) {
                throw new IllegalArgumentException(name + ": a wall is x0,y0,x1,y1 (4 numbers), got " + v.length
                        + " number(s) in '" + part.trim() + "'");
            }
            Segment s = new Segment(v[0], v[1], v[2], v[3]);
            if (s.length() == 0) {
                throw new IllegalArgumentException(name + ": the wall has zero length (both ends at (" + v[0] + ", "
                        + v[1] + "))");
            }
            out.add(s);
        }
        return out;
    }

    private static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String p : text.split(";", -1)) {
            if (!p.isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    private static double[] numbers(String text, String what) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new IllegalArgumentException(what + ": empty; expected numbers x0,y0,x1,y1,...");
        }
        String[] items = t.split("\\s*,\\s*", -1);
        double[] v = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            try {
                v[i] = Double.parseDouble(items[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(what + ": '" + items[i].trim() + "' is not a number (expected "
                        + "x0,y0,x1,y1,...)");
            }
            if (!Double.isFinite(v[i])) {
                throw new IllegalArgumentException(what + ": coordinates must be finite, got " + items[i].trim());
            }
        }
        return v;
    }

    /** Numbers as the comma-separated text {@link #polygon} reads. */
    static String format(double[] v) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < v.length; i++) {
            s.append(i == 0 ? "" : ",").append(String.format(Locale.ROOT, "%s", v[i]));
        }
        return s.toString();
    }
}

package org.jcanns.tasks.navigation;

import java.util.List;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterException;
import org.jcanns.spi.param.Params;
import org.jcanns.tasks.navigation.geometry.BoundaryConditions;
import org.jcanns.tasks.navigation.geometry.Environment;
import org.jcanns.tasks.navigation.geometry.Polygon;
import org.jcanns.tasks.navigation.geometry.Shapes;

/** The environment parameters of canns' navigation tasks (width, height, scale, boundary, walls, holes, ...). */
final class EnvironmentParams {
    private EnvironmentParams() {
    }

    /** The parameters, with canns' names and defaults (a 5 × 5 m solid box). */
    static List<Param> params(double width, double height) {
        return List.of(
                Param.real("width", width, "width of the rectangular environment, m").positive(),
                Param.real("height", height, "height of the rectangular environment, m").positive(),
                Param.reals("scale", new double[0], "height the rectangle is scaled to, keeping width/height "
                        + "(empty: height)").positive(),
                Param.choice("boundary_conditions", "solid", List.of("solid", "periodic"),
                        "solid walls, or wrapping round (rectangle only)"),
                Param.text("boundary", "", "polygon boundary x0,y0,x1,y1,x2,y2,... replacing the rectangle "
                        + "(empty: the rectangle)"),
                Param.text("walls", "", "walls x0,y0,x1,y1, several separated by ';'"),
                Param.text("holes", "", "holes, each a polygon x0,y0,x1,y1,x2,y2,..., several separated by ';'"));
    }

    /** The environment {@code p} describes; fails naming the parameter that is wrong. */
    static Environment environment(Params p) {
        double w = p.getDouble("width");
        double h = p.getDouble("height");
        double[] scale = p.getDoubles("scale");
        if (scale.length > 1) {
            throw new ParameterException("scale", "parameter 'scale' of " + p.spec().owner()
                    + ": expected one number > 0 or nothing, got " + scale.length + " numbers");
        }
        if (scale.length == 1) {
            // RatInABox: extent [0, scale·aspect] × [0, scale] with aspect = width / height.
            w = scale[0] * w / h;
            h = scale[0];
        }
        String owner = p.spec().owner();
        Polygon boundary = p.getString("boundary").isBlank() ? null
                : named("boundary", owner, () -> Shapes.polygon(p.getString("boundary"), "parameter 'boundary'"));
        var walls = named("walls", owner, () -> Shapes.walls(p.getString("walls"), "parameter 'walls'"));
        var holes = named("holes", owner, () -> Shapes.polygons(p.getString("holes"), "parameter 'holes'"));
        return new Environment(boundary, w, h, walls, holes, BoundaryConditions.of(p.getString("boundary_conditions")));
    }

    private static <T> T named(String param, String owner, java.util.function.Supplier<T> f) {
        try {
            return f.get();
        } catch (ParameterException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw new ParameterException(param, e.getMessage() + " (" + owner + ")");
        }
    }

    /** The start position parameter: x,y, or nothing for the centre of the environment's bounding box. */
    static Param start(double[] def) {
        return Param.reals("start_pos", def, "start position x,y, strictly inside (empty: the centre of the box)");
    }

    /** The point of parameter {@code name} (two numbers), or the centre of {@code env}'s box when it is empty. */
    static double[] point(Params p, String name, Environment env) {
        double[] v = p.getDoubles(name);
        if (v.length == 0) {
            return new double[] {(env.minX() + env.maxX()) / 2, (env.minY() + env.maxY()) / 2};
        }
        if (v.length != 2) {
            throw new ParameterException(name, "parameter '" + name + "' of " + p.spec().owner()
                    + ": expected x,y (two numbers), got " + v.length + " number(s)");
        }
        return v;
    }
}

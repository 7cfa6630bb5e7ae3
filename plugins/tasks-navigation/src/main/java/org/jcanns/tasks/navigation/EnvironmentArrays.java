package org.jcanns.tasks.navigation;

import java.lang.foreign.Arena;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.Tensor;
import org.jcanns.tasks.navigation.geometry.Environment;
import org.jcanns.tasks.navigation.geometry.Polygon;
import org.jcanns.tasks.navigation.geometry.Segment;

/**
 * An environment as the arrays the navigation figures read: {@code extent} (min x, max x, min y, max y),
 * {@code boundary} (k, 2), and when present {@code walls} (m, 4: x0, y0, x1, y1) and {@code holes} (K, 3: hole
 * number, x, y).
 */
final class EnvironmentArrays {
    private EnvironmentArrays() {
    }

    static Map<String, Tensor> of(Environment env, Arena arena) {
        Map<String, Tensor> out = new LinkedHashMap<>();
        out.put("extent", Tensor.of(arena, new float[] {(float) env.minX(), (float) env.maxX(), (float) env.minY(),
            (float) env.maxY()}));
        Polygon b = env.boundary();
        float[] boundary = new float[2 * b.size()];
        for (int i = 0; i < b.size(); i++) {
            boundary[2 * i] = (float) b.x(i);
            boundary[2 * i + 1] = (float) b.y(i);
        }
        out.put("boundary", Tensor.of(arena, boundary, b.size(), 2));
        List<Segment> walls = env.walls();
        if (!walls.isEmpty()) {
            float[] w = new float[4 * walls.size()];
            for (int i = 0; i < walls.size(); i++) {
                Segment s = walls.get(i);
                w[4 * i] = (float) s.x0();
                w[4 * i + 1] = (float) s.y0();
                w[4 * i + 2] = (float) s.x1();
                w[4 * i + 3] = (float) s.y1();
            }
            out.put("walls", Tensor.of(arena, w, walls.size(), 4));
        }
        int total = env.holes().stream().mapToInt(Polygon::size).sum();
        if (total > 0) {
            float[] h = new float[3 * total];
            int k = 0;
            for (int hole = 0; hole < env.holes().size(); hole++) {
                Polygon p = env.holes().get(hole);
                for (int i = 0; i < p.size(); i++) {
                    h[k++] = hole;
                    h[k++] = (float) p.x(i);
                    h[k++] = (float) p.y(i);
                }
            }
            out.put("holes", Tensor.of(arena, h, total, 3));
        }
        return out;
    }
}

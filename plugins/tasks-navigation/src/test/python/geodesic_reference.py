"""numpy/scipy reference of canns' movement-cost grid and geodesic distances (canns-reference §3.4), the grid
transcribed from canns' SEED task/closed_loop_navigation.py (matplotlib's contains_point replaced by even-odd
ray casting that counts points within 1e-9 of an edge as inside), the distances from scipy's Dijkstra.

    python3 geodesic_reference.py IN.npz OUT.npz
        IN: boundary (k, 2), dx, dy (0-d), optionally walls (m, 4) and holes (K, 3: hole number, x, y).
        OUT: costs (rows, cols) int32, x_edges, y_edges, accessible_indices (A, 2), distances (A, A).
"""
import sys

import numpy as np
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import dijkstra

INT32_MAX = np.iinfo(np.int32).max
EPSILON = 1e-12


def seg_dist(p, a, b):
    ab = b - a
    t = 0.0 if not ab.any() else np.clip(np.dot(p - a, ab) / np.dot(ab, ab), 0, 1)
    return np.linalg.norm(p - (a + t * ab))


def contains(poly, p):
    """Inside by the even-odd rule, or within 1e-9 of an edge."""
    inside = False
    n = len(poly)
    j = n - 1
    for i in range(n):
        xi, yi = poly[i]
        xj, yj = poly[j]
        if (yi > p[1]) != (yj > p[1]) and p[0] < (xj - xi) * (p[1] - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    if inside:
        return True
    return min(seg_dist(np.asarray(p), poly[i], poly[(i + 1) % n]) for i in range(n)) <= 1e-9


def point_in_rect(p, xl, xr, yb, yt):
    return xl - EPSILON <= p[0] <= xr + EPSILON and yb - EPSILON <= p[1] <= yt + EPSILON


def orientation(a, b, c):
    return (b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])


def on_segment(a, b, c):
    return (min(a[0], c[0]) - EPSILON <= b[0] <= max(a[0], c[0]) + EPSILON
            and min(a[1], c[1]) - EPSILON <= b[1] <= max(a[1], c[1]) + EPSILON)


def segments_intersect(p1, p2, q1, q2):
    def sign(v):
        return 0 if abs(v) <= EPSILON else (1 if v > 0 else -1)
    s1, s2 = sign(orientation(p1, p2, q1)), sign(orientation(p1, p2, q2))
    s3, s4 = sign(orientation(q1, q2, p1)), sign(orientation(q1, q2, p2))
    if s1 != s2 and s3 != s4:
        return True
    return (s1 == 0 and on_segment(p1, q1, p2) or s2 == 0 and on_segment(p1, q2, p2)
            or s3 == 0 and on_segment(q1, p1, q2) or s4 == 0 and on_segment(q1, p2, q2))


def segment_intersects_rect(p1, p2, xl, xr, yb, yt):
    if (max(p1[0], p2[0]) < xl - EPSILON or min(p1[0], p2[0]) > xr + EPSILON
            or max(p1[1], p2[1]) < yb - EPSILON or min(p1[1], p2[1]) > yt + EPSILON):
        return False
    if point_in_rect(p1, xl, xr, yb, yt) or point_in_rect(p2, xl, xr, yb, yt):
        return True
    c = ((xl, yb), (xr, yb), (xr, yt), (xl, yt))
    return any(segments_intersect(p1, p2, c[i], c[(i + 1) % 4]) for i in range(4))


def polygon_intersects_rect(poly, xl, xr, yb, yt):
    for corner in ((xl, yb), (xr, yb), (xr, yt), (xl, yt)):
        if contains(poly, corner):
            return True
    for v in poly:
        if point_in_rect(v, xl, xr, yb, yt):
            return True
    return any(segment_intersects_rect(poly[i], poly[(i + 1) % len(poly)], xl, xr, yb, yt)
               for i in range(len(poly)))


def cost_grid(boundary, walls, holes, dx, dy):
    min_x, max_x = float(np.min(boundary[:, 0])), float(np.max(boundary[:, 0]))
    min_y, max_y = float(np.min(boundary[:, 1])), float(np.max(boundary[:, 1]))
    n_cols = int(np.ceil((max_x - min_x) / dx))
    n_rows = int(np.ceil((max_y - min_y) / dy))
    x_edges = min_x + np.arange(n_cols + 1, dtype=float) * dx
    y_edges = max_y - np.arange(n_rows + 1, dtype=float) * dy
    if x_edges[-1] < max_x:
        x_edges = np.append(x_edges, x_edges[-1] + dx)
    if y_edges[-1] > min_y:
        y_edges = np.append(y_edges, y_edges[-1] - dy)
    costs = np.ones((len(y_edges) - 1, len(x_edges) - 1), dtype=np.int32)
    for row in range(costs.shape[0]):
        yt, yb = y_edges[row], y_edges[row + 1]
        cy = (yt + yb) / 2
        for col in range(costs.shape[1]):
            xl, xr = x_edges[col], x_edges[col + 1]
            cx = (xl + xr) / 2
            if not contains(boundary, (cx, cy)):
                costs[row, col] = INT32_MAX
            elif any(segment_intersects_rect(w[:2], w[2:], xl, xr, yb, yt) for w in walls):
                costs[row, col] = INT32_MAX
            elif any(contains(h, (cx, cy)) or polygon_intersects_rect(h, xl, xr, yb, yt) for h in holes):
                costs[row, col] = INT32_MAX
    return costs, x_edges, y_edges


def geodesics(costs, dx, dy):
    rows, cols = costs.shape
    free = costs == 1
    idx = np.argwhere(free)
    lin = idx[:, 0] * cols + idx[:, 1]
    r, c, w = [], [], []
    for (i, j) in idx:
        for di, dj, cost in ((1, 0, dy), (-1, 0, dy), (0, 1, dx), (0, -1, dx)):
            a, b = i + di, j + dj
            if 0 <= a < rows and 0 <= b < cols and free[a, b]:
                r.append(i * cols + j)
                c.append(a * cols + b)
                w.append(cost)
    graph = coo_matrix((w, (r, c)), shape=(rows * cols, rows * cols)).tocsr()
    if len(lin) == 0:
        return idx, np.zeros((0, 0))
    d = dijkstra(graph, directed=True, indices=lin)
    return idx, d[:, lin]


def main(inp, out):
    z = np.load(inp)
    boundary = z["boundary"].astype(float)
    walls = z["walls"].astype(float) if "walls" in z else np.zeros((0, 4))
    holes = []
    if "holes" in z:
        h = z["holes"]
        for k in np.unique(h[:, 0]):
            holes.append(h[h[:, 0] == k][:, 1:].astype(float))
    dx, dy = float(z["dx"]), float(z["dy"])
    costs, x_edges, y_edges = cost_grid(boundary, walls, holes, dx, dy)
    idx, dist = geodesics(costs, dx, dy)
    np.savez(out, costs=costs, x_edges=x_edges, y_edges=y_edges, accessible_indices=idx, distances=dist)


if __name__ == "__main__":
    main(*sys.argv[1:])

package org.jcanns.core.topology;

/** All pairwise distances in a full n×n float32 matrix, row-major ({@code +inf} for absent edges). */
final class DenseDistances extends RipsDistances {
    final float[] d;
    final int n;

    DenseDistances(float[] d, int n) {
        this.d = d;
        this.n = n;
    }

    @Override
    public int size() {
        return n;
    }

    @Override
    public float distance(int i, int j) {
        return d[i * n + j];
    }

    @Override
    public long edgeCount(float threshold) {
        long count = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (d[i * n + j] <= threshold) {
                    count++;
                }
            }
        }
        return count;
    }

    @Override
    public float enclosingRadius() {
        float radius = Float.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            float r = 0;
            for (int j = 0; j < n; j++) {
                r = Math.max(r, d[i * n + j]);
            }
            radius = Math.min(radius, r);
        }
        return radius;
    }
}

package org.jcanns.core.topology;

/** Disjoint sets of vertices with path halving and union by rank: the components of the growing 1-skeleton. */
final class UnionFind {
    private final int[] parent;
    private final byte[] rank;

    UnionFind(int n) {
        parent = new int[n];
        rank = new byte[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    int find(int x) {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }

    /** Joins the sets whose roots are {@code a} and {@code b}. */
    void link(int a, int b) {
        if (rank[a] > rank[b]) {
            parent[b] = a;
        } else {
            parent[a] = b;
            if (rank[a] == rank[b]) {
                rank[b]++;
            }
        }
    }
}

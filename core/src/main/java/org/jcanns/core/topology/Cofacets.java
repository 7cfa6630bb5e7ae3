package org.jcanns.core.topology;

/**
 * Enumerates the cofacets of one simplex (the simplices with one more vertex) within the threshold, in decreasing
 * order of their numbers, without storing the coboundary: Ripser's implicit coboundary matrix. After
 * {@link #start}, each {@link #next} moves to the next cofacet and sets {@link #index}, {@link #diameter} and
 * {@link #odd} (whether its incidence coefficient is -1: an odd number of the simplex's vertices lie above the
 * added one).
 */
abstract sealed class Cofacets permits DenseCofacets, SparseCofacets {
    final Binomials binomials;
    /** The simplex's vertices, largest first. */
    final int[] vertices;
    int dim;
    float simplexDiameter;
    /** Vertices of the simplex above the added vertex, and the number parts of those above and below it. */
    int above;
    long indexAbove;
    long indexBelow;

    long index;
    float diameter;
    boolean odd;
    /** The vertex added to the simplex to form the current cofacet. */
    int added;

    Cofacets(Binomials binomials, int maxDim) {
        this.binomials = binomials;
        this.vertices = new int[maxDim + 2];
    }

    /** Starts enumerating the cofacets of the {@code dim}-simplex numbered {@code simplex}. */
    void start(long simplex, float simplexDiameter, int dim) {
        binomials.vertices(simplex, dim, vertices);
        begin(simplex, simplexDiameter, dim);
    }

    /** As {@link #start} for a simplex whose vertices (largest first) are known: no decoding. */
    void start(long simplex, float simplexDiameter, int dim, int[] known) {
        System.arraycopy(known, 0, vertices, 0, dim + 1);
        begin(simplex, simplexDiameter, dim);
    }

    private void begin(long simplex, float simplexDiameter, int dim) {
        this.dim = dim;
        this.simplexDiameter = simplexDiameter;
        above = 0;
        indexAbove = 0;
        indexBelow = simplex;
        reset();
    }

    /** Writes the current cofacet's vertices, largest first, to {@code out}. */
    final void cofacetVertices(int[] out) {
        System.arraycopy(vertices, 0, out, 0, above);
        out[above] = added;
        System.arraycopy(vertices, above, out, above + 1, dim + 1 - above);
    }

    /** Resets the per-representation cursor. */
    abstract void reset();

    /**
     * Moves to the next cofacet; false when there is none. With {@code all} false, only cofacets whose added vertex
     * is above all of the simplex's vertices (each simplex then arises from exactly one facet: the one without its
     * largest vertex).
     */
    abstract boolean next(boolean all);

    /** Accounts for vertex {@code vertices[above]} lying above every vertex still to be added. */
    final void passVertex() {
        int k = dim + 1 - above;
        int v = vertices[above];
        indexBelow -= binomials.get(v, k);
        indexAbove += binomials.get(v, k + 1);
        above++;
    }

    /** Sets the current cofacet: added vertex {@code j} (below {@code above} of the simplex's vertices). */
    final void set(int j, float d) {
        added = j;
        index = indexAbove + binomials.get(j, dim + 2 - above) + indexBelow;
        diameter = d;
        odd = (above & 1) != 0;
    }
}

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

    Cofacets(Binomials binomials, int maxDim) {
        this.binomials = binomials;
        this.vertices = new int[maxDim + 2];
    }

    /** Starts enumerating the cofacets of the {@code dim}-simplex numbered {@code simplex}. */
    void start(long simplex, float simplexDiameter, int dim) {
        binomials.vertices(simplex, dim, vertices);
        this.dim = dim;
        this.simplexDiameter = simplexDiameter;
        above = 0;
        indexAbove = 0;
        indexBelow = simplex;
        reset();
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
        index = indexAbove + binomials.get(j, dim + 2 - above) + indexBelow;
        diameter = d;
        odd = (above & 1) != 0;
    }
}

package org.jcanns.core.topology;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jcanns.spi.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Persistent cohomology of a Vietoris–Rips filtration over Z/p, after Bauer's Ripser (2021): simplices are numbers
 * in the combinatorial number system and coboundaries are enumerated when needed, never stored; H0 comes from a
 * union-find over the sorted edges; each higher dimension reduces the coboundary matrix column by column in reverse
 * filtration order, skipping the columns that clearing proves zero (pivots of the dimension below) and the apparent
 * pairs (zero-persistence pairs read off the filtration without reduction), taking emergent pairs without building
 * their coboundary, and keeping the reduction columns that give representative cocycles.
 *
 * <p>The filtration order: by diameter, then dimension, then reverse colexicographic order of the vertices.
 */
public final class VietorisRips {
    private static final Logger LOG = LoggerFactory.getLogger(VietorisRips.class);
    /** Fraction of all vertex pairs below which the edges are kept as neighbour lists rather than a full matrix. */
    private static final double SPARSE_BELOW = 0.25;

    private final int n;
    private final int maxDim;
    private final float threshold;
    private final PrimeField field;
    private final int p;
    private final int bits;
    private final long mask;
    private final Binomials binomials;
    private final RipsDistances distances;
    private final Cofacets cofacets;
    private final Cofacets pivotCofacets;
    private final EntryHeap coboundary;
    private final boolean withCocycles;
    private final ProgressListener progress;

    private final List<PersistenceDiagram> diagrams = new ArrayList<>();
    private final List<List<int[]>> cocycles = new ArrayList<>();

    /** Vertices of simplices being looked at, largest first: decoded ones, cofacets of the outer enumeration,
     * the cofacet found by {@link #zeroPivotCofacet} and the facet found by {@link #zeroPivotFacet}. */
    private final int[] vertices;
    private final int[] outerVertices;
    private final int[] pivotVertices;
    private final int[] facetVertices;
    /** Whether the facet last returned by {@link #zeroPivotFacet} has incidence -1. */
    private boolean facetOdd;
    /** The diameter of the pivot last returned by the working coboundary. */
    private float pivotDiameter;
    /** Simplices added to the column being reduced, with their coefficients (compacted when the column is done). */
    private final SimplexList added = new SimplexList(64);

    private VietorisRips(RipsDistances input, RipsOptions options, float threshold, ProgressListener progress) {
        this.n = input.size();
        this.maxDim = Math.min(options.maxDim(), n - 2);
        this.threshold = threshold;
        this.field = new PrimeField(options.coefficient());
        this.p = field.p;
        this.bits = field.bits();
        this.mask = (1L << bits) - 1;
        this.withCocycles = options.cocycles();
        this.progress = progress;
        int top = Math.max(maxDim, 0);
        this.binomials = new Binomials(n, top + 2, (1L << (63 - bits)) - 1);
        this.distances = representation(input, threshold);
        this.cofacets = enumerator(top);
        this.pivotCofacets = enumerator(top);
        this.coboundary = new EntryHeap(field);
        this.vertices = new int[top + 3];
        this.outerVertices = new int[top + 3];
        this.pivotVertices = new int[top + 3];
        this.facetVertices = new int[top + 3];
    }

    /**
     * Computes the persistence diagrams (and cocycles) of the Vietoris–Rips filtration of {@code distances}.
     * Dimensions above n - 2 have empty diagrams.
     */
    public static RipsResult compute(RipsDistances distances, RipsOptions options, ProgressListener progress) {
        Runtime rt = Runtime.getRuntime();
        return compute(distances, options, progress, rt.maxMemory() - (rt.totalMemory() - rt.freeMemory()));
    }

    /** As {@link #compute(RipsDistances, RipsOptions, ProgressListener)} with {@code available} bytes of memory. */
    static RipsResult compute(RipsDistances distances, RipsOptions options, ProgressListener progress,
                              long available) {
        float threshold = effectiveThreshold(distances, options.threshold());
        int maxDim = Math.min(options.maxDim(), distances.size() - 2);
        // Skip the estimate when even every possible simplex would fit.
        if (maxDim >= 1 && 64 * RipsMemory.choose(distances.size(), maxDim + 1) > available) {
            RipsMemory.check(distances, threshold, maxDim, available);
        }
        VietorisRips rips = new VietorisRips(distances, options, threshold, progress);
        LOG.info("jcanns rips: {} points, threshold {}{}, {} distances, H0..H{} over Z/{}", distances.size(),
                threshold, options.threshold() == Double.POSITIVE_INFINITY ? " (enclosing radius or largest finite)"
                        : "", rips.distances instanceof DenseDistances ? "full-matrix" : "neighbour-list",
                rips.maxDim, options.coefficient());
        long edges = rips.computeAll(options.maxDim());
        return new RipsResult(List.copyOf(rips.diagrams), List.copyOf(rips.cocycles), options.coefficient(),
                threshold, edges);
    }

    /**
     * The largest float32 diameter to include: the given threshold rounded down to float32, or without one, the
     * enclosing radius (above it the complex is a cone and nothing changes) when some point reaches all others.
     * Absent edges ({@code +inf}) never pass.
     */
    static float effectiveThreshold(RipsDistances distances, double threshold) {
        if (threshold == Double.POSITIVE_INFINITY) {
            float radius = distances.enclosingRadius();
            return radius == Float.POSITIVE_INFINITY ? Float.MAX_VALUE : radius;
        }
        float t = (float) threshold;
        if (t > threshold) {
            t = Math.nextDown(t);
        }
        return Math.min(t, Float.MAX_VALUE);
    }

    private RipsDistances representation(RipsDistances input, float threshold) {
        if (input instanceof DenseDistances dense) {
            long pairs = (long) n * (n - 1) / 2;
            if (pairs > 0 && dense.edgeCount(threshold) < SPARSE_BELOW * pairs) {
                return SparseDistances.of(dense, threshold);
            }
            return dense;
        }
        return ((SparseDistances) input).below(threshold);
    }

    private Cofacets enumerator(int top) {
        return distances instanceof DenseDistances dense
                ? new DenseCofacets(dense, threshold, binomials, top)
                : new SparseCofacets((SparseDistances) distances, binomials, top);
    }

    private long computeAll(int requestedMaxDim) {
        SimplexList edges = sortedEdges();
        SimplexList columns = dimensionZero(edges);
        SimplexList simplices = maxDim >= 2 ? edges : null;
        for (int dim = 1; dim <= maxDim; dim++) {
            PivotIndex pivots = new PivotIndex(columns.size);
            reduce(columns, pivots, dim);
            if (dim < maxDim) {
                SimplexList next = dim + 1 < maxDim ? new SimplexList(simplices.size) : null;
                columns = assemble(simplices, next, pivots, dim + 1);
                simplices = next;
            }
        }
        for (int dim = diagrams.size(); dim <= requestedMaxDim; dim++) {
            diagrams.add(new PersistenceDiagram());
            cocycles.add(List.of());
        }
        return edges.size;
    }

    /** All edges within the threshold, in filtration order: increasing diameter, then decreasing number. */
    private SimplexList sortedEdges() {
        long count = distances.edgeCount(threshold);
        long[] keys = new long[Math.toIntExact(count)];
        int k = 0;
        // Edge numbers are below 2^31 (n <= 46,340): key = diameter bits, then the complement of the number.
        if (distances instanceof DenseDistances dense) {
            float[] d = dense.d;
            for (int i = 1; i < n; i++) {
                long base = binomials.get(i, 2);
                for (int j = 0; j < i; j++) {
                    float v = d[i * n + j];
                    if (v <= threshold) {
                        keys[k++] = edgeKey(v, base + j);
                    }
                }
            }
        } else {
            SparseDistances sparse = (SparseDistances) distances;
            for (int i = 0; i < n; i++) {
                long base = binomials.get(i, 2);
                for (int e = sparse.start[i]; e < sparse.start[i + 1] && sparse.neighbour[e] < i; e++) {
                    keys[k++] = edgeKey(sparse.length[e], base + sparse.neighbour[e]);
                }
            }
        }
        Arrays.sort(keys);
        SimplexList edges = new SimplexList(keys.length);
        for (long key : keys) {
            edges.add(Float.intBitsToFloat((int) (key >>> 32)), 0xFFFFFFFFL - (key & 0xFFFFFFFFL));
        }
        return edges;
    }

    private static long edgeKey(float diameter, long index) {
        return ((long) Float.floatToRawIntBits(diameter + 0f) << 32) | (0xFFFFFFFFL - index);
    }

    /**
     * H0 by union-find over the edges in filtration order; returns the edges that close a cycle and are not in an
     * apparent pair: the columns of the H1 reduction, in reduction order.
     */
    private SimplexList dimensionZero(SimplexList edges) {
        PersistenceDiagram h0 = new PersistenceDiagram();
        diagrams.add(h0);
        cocycles.add(List.of());
        UnionFind components = new UnionFind(n);
        SimplexList columns = new SimplexList(maxDim > 0 ? edges.size - n + 1 : 0);
        int[] v = new int[2];
        for (int e = 0; e < edges.size; e++) {
            long index = edges.index[e];
            float d = edges.diameter[e];
            binomials.vertices(index, 1, v);
            int a = components.find(v[0]);
            int b = components.find(v[1]);
            if (a != b) {
                components.link(a, b);
                if (d > 0) {
                    h0.add(0, d);
                }
            } else if (maxDim > 0 && zeroApparentCofacet(index, d, 1, v) == -1) {
                columns.add(d, index);
            }
        }
        for (int i = 0; i < n; i++) {
            if (components.find(i) == i) {
                h0.add(0, Double.POSITIVE_INFINITY);
            }
        }
        columns.reverse();
        return columns;
    }

    /**
     * The columns of dimension {@code dim}: the cofacets of {@code simplices} (all (dim-1)-simplices within the
     * threshold) that are neither pivots of the dimension below (cleared) nor in an apparent pair. Collects all
     * dim-simplices into {@code next} when it is given.
     */
    private SimplexList assemble(SimplexList simplices, SimplexList next, PivotIndex pivots, int dim) {
        SimplexList columns = new SimplexList(simplices.size);
        for (int s = 0; s < simplices.size; s++) {
            cofacets.start(simplices.index[s], simplices.diameter[s], dim - 1);
            while (cofacets.next(false)) {
                long index = cofacets.index;
                float d = cofacets.diameter;
                if (next != null) {
                    next.add(d, index);
                }
                if (pivots.contains(index)) {
                    continue;
                }
                cofacets.cofacetVertices(outerVertices);
                if (!inZeroApparentPair(index, d, dim, outerVertices)) {
                    columns.add(d, index);
                }
            }
        }
        columns.sortForReduction();
        return columns;
    }

    /** Reduces the coboundary columns of dimension {@code dim}, recording bars, pivots and cocycles. */
    private void reduce(SimplexList columns, PivotIndex pivots, int dim) {
        PersistenceDiagram diagram = new PersistenceDiagram();
        List<int[]> dimCocycles = new ArrayList<>();
        diagrams.add(diagram);
        cocycles.add(withCocycles ? dimCocycles : List.of());
        ReductionMatrix reduction = new ReductionMatrix();
        int total = columns.size;
        for (int c = 0; c < total; c++) {
            if ((c & 4095) == 0) {
                progress.update(c, total);
            }
            float birth = columns.diameter[c];
            long simplex = columns.index[c];
            reduction.appendColumn();
            added.size = 0;
            long pivot = initCoboundaryAndGetPivot(simplex, birth, dim, pivots);
            while (true) {
                if (pivot == -1) {
                    diagram.add(birth, Double.POSITIVE_INFINITY);
                    if (withCocycles) {
                        dimCocycles.add(cocycle(simplex, birth, dim));
                    }
                    break;
                }
                long pivotSimplex = pivot >>> bits;
                int pivotCoefficient = (int) (pivot & mask);
                long other = pivots.get(pivotSimplex);
                if (other != -1) {
                    int column = (int) (other >>> 32);
                    int otherCoefficient = (int) other;
                    int factor = p - pivotCoefficient * field.inverse(otherCoefficient) % p;
                    addColumn(reduction, columns, column, factor, dim);
                } else {
                    binomials.vertices(pivotSimplex, dim + 1, vertices);
                    long facet = zeroApparentFacet(pivotSimplex, pivotDiameter, dim + 1, vertices);
                    if (facet != -1) {
                        // The apparent facet's column is its plain coboundary, with pivot coefficient -1 or 1.
                        int factor = facetOdd ? pivotCoefficient : p - pivotCoefficient;
                        addSimplex(facet, pivotDiameter, factor, dim);
                    } else {
                        if (pivotDiameter > birth) {
                            diagram.add(birth, pivotDiameter);
                            if (withCocycles) {
                                dimCocycles.add(cocycle(simplex, birth, dim));
                            }
                        }
                        pivots.put(pivotSimplex, c, pivotCoefficient);
                        storeAdded(reduction);
                        break;
                    }
                }
                pivot = coboundary.pivot();
                if (pivot != -1) {
                    pivotDiameter = coboundary.topDiameter();
                }
            }
        }
        progress.update(total, total);
    }

    /**
     * Starts the working coboundary of {@code simplex} and returns its pivot entry. If the first cofacet of equal
     * diameter (the pivot) is no other column's pivot and not in an apparent pair, the pair is emergent and the
     * rest of the coboundary is never enumerated.
     */
    private long initCoboundaryAndGetPivot(long simplex, float diameter, int dim, PivotIndex pivots) {
        coboundary.clear();
        Cofacets cf = cofacets;
        cf.start(simplex, diameter, dim);
        boolean checkEmergent = true;
        while (cf.next(true)) {
            long entry = (cf.index << bits) | (cf.odd ? p - 1 : 1);
            if (checkEmergent && cf.diameter == diameter) {
                long index = cf.index;
                float d = cf.diameter;
                if (!pivots.contains(index)) {
                    cf.cofacetVertices(outerVertices);
                    if (zeroApparentFacet(index, d, dim + 1, outerVertices) == -1) {
                        pivotDiameter = d;
                        return entry;
                    }
                }
                checkEmergent = false;
            }
            coboundary.append(cf.diameter, entry);
        }
        coboundary.heapify();
        long pivot = coboundary.pivot();
        if (pivot != -1) {
            pivotDiameter = coboundary.topDiameter();
        }
        return pivot;
    }

    /** Adds {@code factor} times reduced column {@code column} (its simplex and its stored additions). */
    private void addColumn(ReductionMatrix reduction, SimplexList columns, int column, int factor, int dim) {
        addSimplex(columns.index[column], columns.diameter[column], factor, dim);
        for (int k = reduction.from(column), end = reduction.to(column); k < end; k++) {
            long e = reduction.entry(k);
            int c = (int) ((e & mask) * factor % p);
            addSimplex(e >>> bits, reduction.diameter(k), c, dim);
        }
    }

    /** Adds {@code coefficient} times the coboundary of {@code simplex} to the working column. */
    private void addSimplex(long simplex, float diameter, int coefficient, int dim) {
        added.add(diameter, (simplex << bits) | coefficient);
        int negative = p - coefficient;
        Cofacets cf = cofacets;
        cf.start(simplex, diameter, dim);
        while (cf.next(true)) {
            coboundary.push(cf.diameter, (cf.index << bits) | (cf.odd ? negative : coefficient));
        }
    }

    /** Stores the compacted additions of the column just reduced. */
    private void storeAdded(ReductionMatrix reduction) {
        if (added.size == 0) {
            return;
        }
        compactAdded();
        for (int k = 0; k < added.size; k++) {
            reduction.push(added.diameter[k], added.index[k]);
        }
    }

    /** Sums the entries of {@link #added} per simplex and drops those that cancel. */
    private void compactAdded() {
        added.size = EntrySums.sum(added.index, added.diameter, added.size, bits, p);
    }

    /**
     * The representative cocycle of the column of {@code simplex}: the simplex itself with coefficient 1 plus the
     * additions, in ripser.py's row layout, ordered as ripser.py emits them (increasing diameter, then decreasing
     * number).
     */
    private int[] cocycle(long simplex, float diameter, int dim) {
        added.add(diameter, (simplex << bits) | 1);
        compactAdded();
        int m = added.size;
        // Filtration order: diameter bits (non-negative floats order as their bits), then the reversed position of
        // the entry in its ascending sort, i.e. decreasing simplex number.
        long[] keys = new long[m];
        for (int i = 0; i < m; i++) {
            keys[i] = ((long) Float.floatToRawIntBits(added.diameter[i]) << 32) | (0xFFFFFFFFL - i);
        }
        Arrays.sort(keys);
        long[] e = added.index;
        int width = dim + 2;
        int[] rows = new int[m * width];
        for (int r = 0; r < m; r++) {
            long entry = e[(int) (0xFFFFFFFFL - (keys[r] & 0xFFFFFFFFL))];
            binomials.vertices(entry >>> bits, dim, vertices);
            System.arraycopy(vertices, 0, rows, r * width, dim + 1);
            rows[r * width + dim + 1] = (int) (entry & mask);
        }
        // Undo the self entry so that the column's stored additions stay as they were.
        removeEntry(simplex);
        return rows;
    }

    private void removeEntry(long simplex) {
        int out = 0;
        for (int k = 0; k < added.size; k++) {
            if (added.index[k] >>> bits != simplex) {
                added.index[out] = added.index[k];
                added.diameter[out++] = added.diameter[k];
            }
        }
        added.size = out;
    }

    /**
     * The first cofacet of {@code simplex} (vertices {@code v}, largest first) with its diameter (its pivot if it
     * has one), or -1; its vertices are then in {@link #pivotVertices}.
     */
    private long zeroPivotCofacet(long simplex, float diameter, int dim, int[] v) {
        Cofacets cf = pivotCofacets;
        cf.start(simplex, diameter, dim, v);
        while (cf.next(true)) {
            if (cf.diameter == diameter) {
                cf.cofacetVertices(pivotVertices);
                return cf.index;
            }
        }
        return -1;
    }

    /**
     * The last facet of the simplex with vertices {@code w} (largest first) in the filtration when it has the
     * simplex's diameter, or -1. Facets are tried in increasing number order (removing the largest vertex first),
     * which at equal diameter is decreasing filtration order. Sets {@link #facetOdd} and {@link #facetVertices}.
     */
    private long zeroPivotFacet(float diameter, int dim, int[] w) {
        for (int i = 0; i <= dim; i++) {
            float d = 0;
            for (int a = 0; a <= dim && d < diameter; a++) {
                if (a == i) {
                    continue;
                }
                for (int b = a + 1; b <= dim; b++) {
                    if (b != i) {
                        d = Math.max(d, distances.distance(w[a], w[b]));
                    }
                }
            }
            if (d == diameter) {
                long facet = 0;
                for (int l = 0, k = 0; l <= dim; l++) {
                    if (l != i) {
                        facet += binomials.get(w[l], dim - k);
                        facetVertices[k++] = w[l];
                    }
                }
                facetOdd = (i & 1) != 0;
                return facet;
            }
        }
        return -1;
    }

    /** The cofacet forming an apparent pair with {@code simplex} (vertices {@code v}), or -1. */
    private long zeroApparentCofacet(long simplex, float diameter, int dim, int[] v) {
        long cofacet = zeroPivotCofacet(simplex, diameter, dim, v);
        return cofacet != -1 && zeroPivotFacet(diameter, dim + 1, pivotVertices) == simplex ? cofacet : -1;
    }

    /** The facet forming an apparent pair with {@code simplex} (vertices {@code w}), or -1; sets {@link #facetOdd}. */
    private long zeroApparentFacet(long simplex, float diameter, int dim, int[] w) {
        long facet = zeroPivotFacet(diameter, dim, w);
        if (facet == -1) {
            return -1;
        }
        boolean odd = facetOdd;
        if (zeroPivotCofacet(facet, diameter, dim - 1, facetVertices) != simplex) {
            return -1;
        }
        facetOdd = odd;
        return facet;
    }

    private boolean inZeroApparentPair(long simplex, float diameter, int dim, int[] v) {
        return zeroApparentCofacet(simplex, diameter, dim, v) != -1
                || zeroApparentFacet(simplex, diameter, dim, v) != -1;
    }
}

package org.jcanns.analysis.umap;

import java.util.SplittableRandom;

/**
 * Random numbers that depend only on a seed and a position (which tree, which point, which epoch), never on which
 * thread asks or when: what makes UMAP's parallel steps give the same result for a seed with any thread count.
 */
final class RandomKeys {
    private RandomKeys() {
    }

    /** A 64-bit key mixing {@code seed} with the coordinates {@code a} and {@code b} (murmur3's finaliser). */
    static long key(long seed, long a, long b) {
        long h = seed ^ 0x9E3779B97F4A7C15L * (a + 1) ^ 0xC2B2AE3D27D4EB4FL * (b + 1);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }

    /** A uniform value in [0, 1) for the coordinates. */
    static double uniform(long seed, long a, long b) {
        return (key(seed, a, b) >>> 11) * 0x1.0p-53;
    }

    /** A generator of its own for the coordinates. */
    static SplittableRandom stream(long seed, long a, long b) {
        return new SplittableRandom(key(seed, a, b));
    }
}

package org.jcanns.core.random;

import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;

/**
 * Seeded random sources. One algorithm, fixed by name, so that a seed gives the same numbers on every JVM:
 * {@code L64X128MixRandom} (an LXM generator, fast, splittable for independent batch copies).
 */
public final class Seeds {
    /** The generator algorithm behind every seeded source. */
    public static final String ALGORITHM = "L64X128MixRandom";
    private static final RandomGeneratorFactory<RandomGenerator> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

    private Seeds() {
    }

    /** A new generator for {@code seed}; the same seed always yields the same sequence. */
    public static RandomGenerator.SplittableGenerator generator(long seed) {
        return (RandomGenerator.SplittableGenerator) FACTORY.create(seed);
    }

    /** An independent generator for copy {@code index} of a batch run with {@code seed}. */
    public static RandomGenerator.SplittableGenerator forCopy(long seed, int index) {
        // Mixing the index into the seed (instead of splitting sequentially) keeps copy i the same whatever B is.
        return generator(seed ^ (0x9E3779B97F4A7C15L * (index + 1L)));
    }
}

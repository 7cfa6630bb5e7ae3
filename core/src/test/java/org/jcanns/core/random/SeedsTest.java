package org.jcanns.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Arrays;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The same seed gives the same numbers; other seeds and batch copies differ. */
class SeedsTest {
    private static double[] draw(RandomGenerator g) {
        double[] v = new double[16];
        for (int i = 0; i < v.length; i++) {
            v[i] = g.nextGaussian();
        }
        return v;
    }

    @Test
    void sameSeedSameSequence() {
        assertArrayEquals(draw(Seeds.generator(42)), draw(Seeds.generator(42)));
        assertFalse(Arrays.equals(draw(Seeds.generator(42)), draw(Seeds.generator(43))));
        assertArrayEquals(draw(Seeds.forCopy(7, 3)), draw(Seeds.forCopy(7, 3)));
        assertFalse(Arrays.equals(draw(Seeds.forCopy(7, 3)), draw(Seeds.forCopy(7, 4))));
    }
}

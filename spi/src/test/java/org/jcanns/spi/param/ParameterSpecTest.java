package org.jcanns.spi.param;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Parsing, defaults, ranges, case folding and the wording of errors. */
class ParameterSpecTest {
    private final ParameterSpec spec = new ParameterSpec("model 'x'", List.of(
            Param.integer("num", 512, "neurons").atLeast(2),
            Param.real("a", 0.5, "width").positive(),
            Param.real("A", 10.0, "amplitude"),
            Param.reals("Iext", null, "positions"),
            Param.bool("flag", false, "a switch"),
            Param.choice("operator", "auto", List.of("auto", "dense", "fft"), "how")));

    @Test
    void parsesTextAndFillsDefaults() {
        Params p = spec.parse(Map.of("num", "64", "iext", "1, -0.5,pi", "A", "2", "flag", "yes"));
        assertEquals(64, p.getInt("num"));
        assertEquals(0.5, p.getDouble("a"));
        assertEquals(2.0, p.getDouble("A"));
        assertArrayEquals(new double[] {1, -0.5, Math.PI}, p.getDoubles("Iext"));
        assertArrayEquals(new double[] {1, -0.5, Math.PI}, p.getDoubles("iext"), "case-folded lookup");
        assertEquals(true, p.getBoolean("flag"));
        assertEquals("auto", p.getString("operator"));
        assertEquals(128, p.with("num", 128).getInt("num"));
    }

    @Test
    void explainsEveryKindOfBadValue() {
        assertEquals("parameter 'num' of model 'x': expected an integer >= 2, got 1",
                assertThrows(ParameterException.class, () -> spec.parse(Map.of("num", "1", "iext", "0"))).getMessage());
        assertEquals("parameter 'num' of model 'x': expected an integer >= 2, got '2.5'",
                assertThrows(ParameterException.class, () -> spec.parse(Map.of("num", "2.5", "iext", "0")))
                        .getMessage());
        assertEquals("parameter 'a' of model 'x': expected a number > 0, got 0",
                assertThrows(ParameterException.class, () -> spec.parse(Map.of("a", "0", "iext", "0"))).getMessage());
        assertEquals("parameter 'Iext' of model 'x' is required: expected a comma-separated list of numbers",
                assertThrows(ParameterException.class, () -> spec.parse(Map.of())).getMessage());
        assertEquals("parameter 'operator' of model 'x': expected one of auto|dense|fft, got 'gpu'",
                assertThrows(ParameterException.class, () -> spec.parse(Map.of("operator", "gpu", "iext", "0")))
                        .getMessage());
        assertEquals("unknown parameter 'tau' for model 'x'; known: num, a, A, Iext, flag, operator",
                assertThrows(ParameterException.class, () -> spec.parse(Map.of("tau", "1"))).getMessage());
        assertEquals("parameter 'a' of model 'x': expected a number > 0, got NaN",
                assertThrows(ParameterException.class, () -> spec.of(Map.of("a", Double.NaN, "Iext", 0.0)))
                        .getMessage());
    }

    @Test
    void exactNamesWinOverCaseFolding() {
        Params p = spec.parse(Map.of("a", "0.25", "iext", "0"));
        assertEquals(0.25, p.getDouble("a"));
        assertEquals(10.0, p.getDouble("A"), "'a' must not set 'A'");
    }
}

package org.jcanns.core.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.param.ParameterException;
import org.junit.jupiter.api.Test;

/** Discovery survives broken providers, reports duplicates and bad names, and explains failed lookups. */
class RegistryTest {
    /** The test providers' services files live in a folder of their own, so that no other test sees them. */
    private static Registry fixture() {
        java.net.URL dir = RegistryTest.class.getClassLoader().getResource("registry-fixture/");
        return Registry.discover(new java.net.URLClassLoader(new java.net.URL[] {dir},
                RegistryTest.class.getClassLoader()));
    }

    @Test
    void findsTheGoodProviderDespiteBrokenOnes() {
        Registry r = fixture();
        assertEquals(List.of("decay"), List.copyOf(r.models().names()));
        assertInstanceOf(TestProviders.Decay.class, r.model("decay"), "the first provider of a name wins");
        List<String> problems = r.problems();
        assertTrue(problems.stream().anyMatch(p -> p.contains("broken on purpose") || p.contains("Broken")),
                "constructor failure reported: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("DoesNotExist")), "missing class reported: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("duplicate model 'decay'")
                && p.contains("DuplicateDecay")), "duplicate reported: " + problems);
        assertTrue(problems.stream().anyMatch(p -> p.contains("'Bad_Name' is not kebab-case")), "bad name: " + problems);
    }

    @Test
    void eachKindIsDiscoveredOnceAndOnlyWhenAskedFor() {
        Registry r = fixture();
        int before = TestProviders.Decay.CREATED.get();
        r.tasks();
        r.analyzers();
        r.kernels();
        assertEquals(before, TestProviders.Decay.CREATED.get(), "no model provider made before models are asked for");
        r.model("decay");
        r.models();
        assertEquals(before + 1, TestProviders.Decay.CREATED.get(), "the models are discovered once");
    }

    @Test
    void anUnknownNameListsWhatExists() {
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> fixture().model("cann9d"));
        assertEquals("unknown model 'cann9d'; available: decay", e.getMessage());
        UnknownNameException t = assertThrows(UnknownNameException.class, () -> fixture().task("x"));
        assertEquals("unknown task 'x'; available: none", t.getMessage());
    }

    @Test
    void parametersAreValidatedAgainstTheSpec() {
        var spec = fixture().model("decay").parameters();
        assertEquals(8, spec.parse(Map.of("n", "8")).getInt("n"));
        assertEquals(4, spec.defaults().getInt("n"));
        ParameterException unknown = assertThrows(ParameterException.class, () -> spec.parse(Map.of("m", "1")));
        assertEquals("unknown parameter 'm' for model 'decay'; known: n, tau", unknown.getMessage());
        ParameterException low = assertThrows(ParameterException.class, () -> spec.parse(Map.of("n", "0")));
        assertEquals("parameter 'n' of model 'decay': expected an integer >= 1, got 0", low.getMessage());
        ParameterException text = assertThrows(ParameterException.class, () -> spec.parse(Map.of("tau", "fast")));
        assertEquals("parameter 'tau' of model 'decay': expected a number > 0, got 'fast'", text.getMessage());
        assertEquals("tau", text.parameter());
    }

    @Test
    void aMissingPluginDirectoryIsAnError() {
        assertThrows(NoSuchFileException.class, () -> Registry.discover(List.of(Path.of("no/such/dir"))));
    }
}

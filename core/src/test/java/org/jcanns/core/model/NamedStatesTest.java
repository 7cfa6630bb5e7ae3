package org.jcanns.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.Arena;
import java.util.List;
import org.jcanns.spi.Tensor;
import org.jcanns.spi.model.InputSpec;
import org.jcanns.spi.model.StepInput;
import org.junit.jupiter.api.Test;

class NamedStatesTest {
    /** A model with states a (2) and b (3) listed in that order. */
    private static final class TwoStates extends NamedStateModel {
        final Arena arena = Arena.ofConfined();
        final Tensor a = addState("a", Tensor.allocate(arena, 2));
        final Tensor b = addState("b", Tensor.allocate(arena, 3));

        @Override
        public int[] shape() {
            return new int[] {2};
        }

        @Override
        public List<InputSpec> inputs() {
            return List.of();
        }

        @Override
        public void reset() {
            zeroStates();
        }

        @Override
        public void step(StepInput input) {
            a.set(0, a.get(0) + 1);
        }

        @Override
        public void close() {
            arena.close();
        }
    }

    @Test
    void statesKeepTheirOrderAndLiveTensors() {
        try (TwoStates m = new TwoStates()) {
            assertEquals(List.of("a", "b"), m.stateNames());
            assertSame(m.a, m.state("a"));
            assertSame(m.b, m.state("b"));
            m.b.fill(5);
            m.step(null);
            m.reset();
            assertEquals(0f, m.state("a").get(0));
            assertEquals(0f, m.state("b").get(2));
        }
    }

    @Test
    void unknownNameListsTheStates() {
        try (TwoStates m = new TwoStates()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.state("c"));
            assertEquals("no state 'c'; states: [a, b]", e.getMessage());
        }
    }

    @Test
    void aNameIsListedOnce() {
        NamedStates<String> states = new NamedStates<>();
        states.add("u", "first");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> states.add("u", "second"));
        assertEquals("state 'u' listed twice", e.getMessage());
        assertEquals("first", states.get("u"));
    }
}

package org.jcanns.core.registry;

import org.jcanns.core.testing.DecayModel;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.param.Params;

/** Providers registered in the core tests' META-INF/services: one good, one broken, one duplicate, one misnamed. */
final class TestProviders {
    private TestProviders() {
    }

    /** A working provider called {@code decay}. */
    public static final class Decay implements ModelProvider {
        /** How many times discovery instantiated this provider. */
        static final java.util.concurrent.atomic.AtomicInteger CREATED = new java.util.concurrent.atomic.AtomicInteger();
        static final ParameterSpec SPEC = ParameterSpec.of("model 'decay'",
                Param.integer("n", 4, "number of integrators").atLeast(1),
                Param.real("tau", 1.0, "time constant").positive());

        /** Counts its instances. */
        public Decay() {
            CREATED.incrementAndGet();
        }

        @Override
        public String name() {
            return "decay";
        }

        @Override
        public String description() {
            return "leaky integrators";
        }

        @Override
        public ParameterSpec parameters() {
            return SPEC;
        }

        @Override
        public Model create(Params p, ModelContext c) {
            return new DecayModel(p.getInt("n"), p.getDouble("tau"), c.dt());
        }
    }

    /** A second provider claiming {@code decay}: must be ignored with a warning. */
    public static final class DuplicateDecay implements ModelProvider {
        @Override
        public String name() {
            return "decay";
        }

        @Override
        public String description() {
            return "duplicate";
        }

        @Override
        public ParameterSpec parameters() {
            return Decay.SPEC;
        }

        @Override
        public Model create(Params p, ModelContext c) {
            throw new AssertionError("the duplicate must never be used");
        }
    }

    /** A provider whose constructor throws: reported and skipped. */
    public static final class Broken implements ModelProvider {
        public Broken() {
            throw new IllegalStateException("this plugin is broken on purpose");
        }

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public String description() {
            return "";
        }

        @Override
        public ParameterSpec parameters() {
            return Decay.SPEC;
        }

        @Override
        public Model create(Params p, ModelContext c) {
            return null;
        }
    }

    /** A provider with a name that is not kebab-case: reported and skipped. */
    public static final class BadName implements ModelProvider {
        @Override
        public String name() {
            return "Bad_Name";
        }

        @Override
        public String description() {
            return "";
        }

        @Override
        public ParameterSpec parameters() {
            return Decay.SPEC;
        }

        @Override
        public Model create(Params p, ModelContext c) {
            return null;
        }
    }
}

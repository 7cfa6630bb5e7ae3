package org.jcanns.trainers;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.train.RecallTrainer;
import org.jcanns.spi.train.TrainerProvider;
import org.junit.jupiter.api.Test;

/** The registry finds the six rules and three models; a rule refuses a model it cannot train, saying why. */
class TrainerProvidersTest {
    @Test
    void everyRuleAndModelIsDiscovered() throws Exception {
        try (Registry registry = Registry.discover()) {
            assertTrue(registry.trainers().names().containsAll(Set.of("hebbian", "anti-hebbian", "oja", "sanger", "bcm",
                    "stdp")), registry.trainers().names().toString());
            assertTrue(registry.models().names().containsAll(Set.of("amari-hopfield", "linear-layer", "spiking-layer")),
                    registry.models().names().toString());
            ModelProvider mp = registry.model("amari-hopfield");
            try (Model net = mp.create(mp.parameters().parse(Map.of("num_neurons", "16")),
                    new ModelContext(1, Seeds.generator(0), Kernels.best()))) {
                TrainerProvider hebbian = registry.trainers().get("hebbian");
                assertInstanceOf(RecallTrainer.class, hebbian.create(hebbian.parameters().parse(Map.of()), net, Kernels.best()));
                TrainerProvider oja = registry.trainers().get("oja");
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                        () -> oja.create(oja.parameters().parse(Map.of()), net, Kernels.best()));
                assertEquals("trainer 'oja' needs a feed-forward layer (such as linear-layer); AmariHopfieldNetwork "
                        + "is not one", e.getMessage());
            }
        }
    }
}

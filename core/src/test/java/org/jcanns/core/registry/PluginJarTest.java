package org.jcanns.core.registry;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jcanns.core.random.Seeds;
import org.jcanns.core.sim.Recording;
import org.jcanns.core.sim.Simulation;
import org.jcanns.spi.model.Model;
import org.jcanns.spi.model.ModelContext;
import org.jcanns.spi.model.ModelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A third-party plugin: compiled and packaged at test time into a temporary directory that is not on the class
 * path, then found through that directory and run.
 */
class PluginJarTest {
    private static final String SOURCE = """
            package thirdparty.plugin;

            import java.lang.foreign.Arena;
            import java.util.List;
            import org.jcanns.spi.Tensor;
            import org.jcanns.spi.model.*;
            import org.jcanns.spi.param.*;

            public final class ChargeProvider implements ModelProvider {
                public String name() { return "charge"; }
                public String description() { return "charges towards a constant level"; }
                public ParameterSpec parameters() {
                    return ParameterSpec.of("model 'charge'", Param.real("level", 2.0, "target level"));
                }
                public Model create(Params p, ModelContext c) {
                    float level = (float) p.getDouble("level");
                    float dt = (float) c.dt();
                    Arena arena = Arena.ofShared();
                    Tensor u = Tensor.allocate(arena, 3);
                    return new Model() {
                        public int[] shape() { return new int[] {3}; }
                        public List<String> stateNames() { return List.of("u"); }
                        public Tensor state(String n) { return u; }
                        public List<InputSpec> inputs() { return List.of(); }
                        public void reset() { u.fill(0); }
                        public void step(StepInput in) {
                            for (int i = 0; i < 3; i++) { u.set(i, u.get(i) + dt * (level - u.get(i))); }
                        }
                        public void close() { arena.close(); }
                    };
                }
            }
            """;

    @Test
    void loadsAndRunsAPluginJarFromADirectory(@TempDir Path tmp) throws Exception {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("thirdparty.plugin.ChargeProvider"),
                "the plugin must not be on the test class path");
        Path pluginDir = Files.createDirectories(tmp.resolve("plugins"));
        buildPluginJar(tmp, pluginDir.resolve("charge-plugin.jar"));

        try (Registry registry = Registry.discover(List.of(pluginDir))) {
            assertTrue(registry.models().names().contains("charge"), "found: " + registry.models().names());
            ModelProvider p = registry.model("charge");
            double dt = 0.1;
            try (Model m = p.create(p.parameters().parse(Map.of("level", "3")), new ModelContext(dt, Seeds.generator(1), Kernels.best()));
                 Recording rec = Simulation.of(m, dt).steps(50).record(List.of("u")).run()) {
                double expected = 3 * (1 - Math.pow(1 - dt, 50));
                assertEquals(expected, rec.get("u").slice(49).get(0), 1e-4);
            }
        }
    }

    private static void buildPluginJar(Path work, Path jar) throws IOException {
        Path src = Files.createDirectories(work.resolve("src/thirdparty/plugin"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        Files.writeString(src.resolve("ChargeProvider.java"), SOURCE);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int rc = javac.run(null, null, null, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                src.resolve("ChargeProvider.java").toString());
        assertEquals(0, rc, "plugin source must compile");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar));
             Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(f).toString().replace('\\', '/')));
                Files.copy(f, out);
                out.closeEntry();
            }
            out.putNextEntry(new JarEntry("META-INF/services/org.jcanns.spi.model.ModelProvider"));
            OutputStream o = out;
            o.write("thirdparty.plugin.ChargeProvider\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
    }
}

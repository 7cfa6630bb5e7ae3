package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jcanns.core.testing.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The start-up budget: a command builds and loads only what it needs. Checked by what a child JVM loads (its class
 * loading log), never by timing.
 */
class StartupTest {
    @Test
    void versionPrintsWithoutTheCommandTree() {
        CliTest.Run r = CliTest.jcanns("--version");
        assertEquals(0, r.code());
        assertEquals(Main.VERSION, r.out().strip());
        assertEquals(Main.VERSION, CliTest.jcanns("-V").out().strip());
    }

    @Test
    void theSubcommandTableMatchesTheCommandsOwnNames() {
        CommandLine all = Main.commandLine(null);
        assertEquals(Main.SUBCOMMANDS, List.copyOf(all.getSubcommands().keySet()));
        all.getSubcommands().forEach((name, sub) -> assertEquals(name, sub.getCommandSpec().name()));
        assertEquals(List.of("simulate"), List.copyOf(Main.commandLine("simulate").getSubcommands().keySet()));
        assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine("simulat").getSubcommands().size(),
                "an unknown name gets every command, so the error can list them");
        assertEquals(Main.SUBCOMMANDS.size(), Main.commandLine("help").getSubcommands().size());
        // Built alone, the plot commands still get their preset options from the backend (a model transformer).
        CommandLine energy = Main.commandLine("plot").getSubcommands().get("plot").getSubcommands().get("energy-1d");
        assertTrue(energy.getCommandSpec().findOption("--time-steps-per-second") != null);
    }

    @Test
    void theSubcommandIsTheFirstArgumentThatIsNoTopLevelOption() {
        assertEquals("simulate", Main.subcommandNamed("-q", "--plugin-path", "plot", "simulate", "--model", "x"));
        assertEquals("demo", Main.subcommandNamed("-v", "demo"));
        assertEquals("plot", Main.subcommandNamed("--plugin-path=dir", "plot", "energy-1d"));
        assertNull(Main.subcommandNamed("--help"));
    }

    /** The classes a child JVM running {@code jcanns args} loaded, one name per line of its class-loading log. */
    private static List<String> classesLoadedBy(Path dir, String... args) throws Exception {
        Path log = dir.resolve("classes.log");
        List<String> options = new ArrayList<>(List.of("--add-modules=jdk.incubator.vector",
                "--enable-native-access=ALL-UNNAMED", "-Xlog:class+load=info:file=" + log));
        List<String> command = new ArrayList<>(ChildProcess.java(options, Main.class));
        command.addAll(List.of(args));
        ChildProcess.run(command, Map.of(), Duration.ofMinutes(3)).requireSuccess();
        return Files.readAllLines(log).stream().map(l -> l.replaceFirst("^\\[[^]]*]\\[[^]]*]\\[[^]]*] *", ""))
                .map(l -> l.split(" ")[0]).toList();
    }

    private static long count(List<String> classes, String prefix) {
        return classes.stream().filter(c -> c.startsWith(prefix)).count();
    }

    @Test
    void versionLoadsNeitherPicocliNorTheRegistry(@TempDir Path dir) throws Exception {
        List<String> classes = classesLoadedBy(dir, "--version");
        assertTrue(classes.contains("org.jcanns.cli.Main"), "the log lists our classes: " + classes.size());
        assertEquals(0, count(classes, "picocli."), "picocli");
        assertEquals(0, count(classes, "org.jcanns.core."), "core");
    }

    @Test
    void aSpectralSimulationLoadsNoBlasNoPlotsAndNoOtherKinds(@TempDir Path dir) throws Exception {
        List<String> classes = classesLoadedBy(dir, "-q", "simulate", "--model", "cann1d", "-p", "num=128",
                "-p", "operator=spectral", "--task", "smooth-tracking-1d", "-t", "iext=0,1", "-t", "duration=2",
                "--dt", "0.1", "--out", dir.resolve("run.npz").toString());
        assertTrue(Files.isRegularFile(dir.resolve("run.npz")));
        assertTrue(classes.contains("org.jcanns.models.cann.Cann1D"), "the model ran");
        assertEquals(0, count(classes, "org.bytedeco."), "JavaCPP / bytedeco: OpenBLAS is loaded at the first product");
        assertEquals(0, count(classes, "org.jcanns.nativeblas.OpenBlas$"), "the OpenBLAS library holder");
        assertEquals(0, count(classes, "org.jcanns.plot."), "plot backend");
        assertEquals(0, count(classes, "org.jcanns.trainers."), "trainers");
        assertEquals(0, count(classes, "org.jcanns.analysis."), "analyzers");
        assertEquals(0, count(classes, "org.jcanns.cli.PlotCommand"), "plot commands");
    }
}

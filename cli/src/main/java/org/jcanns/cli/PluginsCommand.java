package org.jcanns.cli;

import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.jcanns.core.registry.Catalog;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.Provider;
import org.jcanns.spi.param.Param;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code jcanns plugins}: lists every model, task, trainer, plot backend, pipeline and analyzer with its parameters. */
@Command(name = "plugins", mixinStandardHelpOptions = true,
        description = "List the models, tasks, trainers, plot backends, pipelines and analyzers found, with their parameters.")
final class PluginsCommand implements Callable<Integer> {
    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        PrintStream out = System.out;
        try (Registry registry = Registry.discover(main.pluginPath)) {
            list(out, "Models", registry.models());
            list(out, "Tasks", registry.tasks());
            list(out, "Trainers", registry.trainers());
            list(out, "Plot backends", registry.plotBackends());
            list(out, "Pipelines", registry.pipelines());
            list(out, "Analyzers", registry.analyzers());
            Kernels k = registry.kernels();
            out.println("Kernel tier: " + k.tier() + " (" + k.description() + "); tiers known: "
                    + String.join(", ", KernelTiers.names()) + "; force one with -D"
                    + KernelTiers.PROPERTY + "=NAME");
            for (String problem : registry.problems()) {
                out.println("Problem: " + problem);
            }
        }
        return 0;
    }

    private static void list(PrintStream out, String title, Catalog<? extends Provider> catalog) {
        out.println(title + ":" + (catalog.names().isEmpty() ? " none" : ""));
        for (Provider p : catalog.all()) {
            out.println("  " + p.name() + " - " + p.description());
            for (Param param : p.parameters().list()) {
                out.println("      " + param.name() + " = " + param.defaultText() + "  (" + param.allowed() + ") "
                        + param.doc());
            }
        }
        out.println();
    }
}

package org.jcanns.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jcanns.core.registry.Registry;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.plot.PlotBackend;
import org.jcanns.spi.plot.PlotBackendProvider;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds one option per preset field to a {@code plot} subcommand ({@code fps} becomes {@code --fps},
 * {@code time_steps_per_second} {@code --time-steps-per-second}), from the options of the figures the subcommand
 * draws (the figure named as the subcommand, then its {@code -animation}) as the default backend declares them, so
 * the command line always offers exactly the preset's fields with the preset's defaults in its help.
 */
public final class PresetOptions implements CommandLine.IModelTransformer {
    /** The backend whose figure options become command-line options: the default of {@code --backend}. */
    static final String BACKEND = "java2d";

    /** Figure name → its options, read once from the default backend found on the class path. */
    private static final class DefaultBackend {
        static final Map<String, ParameterSpec> OPTIONS = load();

        private static Map<String, ParameterSpec> load() {
            Map<String, ParameterSpec> options = new LinkedHashMap<>();
            try (Registry registry = Registry.discover()) {
                if (registry.plotBackends().names().contains(BACKEND)) {
                    PlotBackendProvider provider = registry.plotBackends().get(BACKEND);
                    PlotBackend backend = provider.create(provider.parameters().defaults());
                    for (String figure : backend.figures()) {
                        options.put(figure, backend.options(figure));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return options;
        }
    }

    /** The options of the figures subcommand {@code name} draws: still, then animation, where the backend has them. */
    static List<ParameterSpec> presets(String name) {
        List<ParameterSpec> specs = new ArrayList<>();
        for (String figure : List.of(name, name + "-animation")) {
            ParameterSpec spec = DefaultBackend.OPTIONS.get(figure);
            if (spec != null) {
                specs.add(spec);
            }
        }
        return specs;
    }

    @Override
    public CommandSpec transform(CommandSpec spec) {
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        Map<String, Param> params = new LinkedHashMap<>();
        for (ParameterSpec preset : presets(spec.name())) {
            for (Param p : preset.list()) {
                params.putIfAbsent(p.name(), p);
                defaults.computeIfAbsent(p.name(), k -> new ArrayList<>()).add(p.defaultText());
            }
        }
        params.forEach((name, p) -> {
            Set<String> d = new LinkedHashSet<>(defaults.get(name));
            String shown = d.size() == 1 ? d.iterator().next() : String.join(" (still), ", d) + " (animation)";
            spec.addOption(OptionSpec.builder(option(name))
                    .paramLabel(label(p))
                    .type(String.class)
                    .description(p.doc() + " (default: " + (shown.isEmpty() ? "none" : shown) + ")")
                    .build());
        });
        return spec;
    }

    /** The option for preset field {@code name}. */
    static String option(String name) {
        return "--" + name.replace('_', '-');
    }

    /** The preset field values given on the command line, by field name. */
    static Map<String, String> given(CommandSpec spec, String subcommand) {
        Map<String, String> raw = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        for (ParameterSpec preset : presets(subcommand)) {
            for (Param p : preset.list()) {
                names.add(p.name());
            }
        }
        for (String name : names) {
            OptionSpec o = spec.findOption(option(name));
            if (o != null && o.getValue() != null) {
                raw.put(name, o.getValue());
            }
        }
        return raw;
    }

    private static String label(Param p) {
        return switch (p.type()) {
            case BOOL -> "BOOL";
            case INT -> "N";
            case REAL -> "X";
            case REALS -> "X,X";
            case INTS -> "N,N";
            default -> p.name().toUpperCase(Locale.ROOT);
        };
    }
}

package org.jcanns.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jcanns.plot.Java2dPlotBackend;
import org.jcanns.plot.PlotConfigs;
import org.jcanns.spi.param.Param;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Adds one option per preset field to a {@code plot} subcommand ({@code fps} becomes {@code --fps},
 * {@code time_steps_per_second} {@code --time-steps-per-second}), from the presets of the figures the subcommand
 * draws, so the command line always offers exactly the preset's fields with the preset's defaults in its help.
 */
public final class PresetOptions implements CommandLine.IModelTransformer {
    /** Subcommand name → the backend figures it draws (still, then animation). */
    static final Map<String, List<String>> FIGURES = Map.of(
            "energy-1d", List.of("energy-1d", "energy-1d-animation"),
            "energy-2d", List.of("energy-2d", "energy-2d-animation"),
            "raster", List.of("raster"),
            "tuning", List.of("tuning"));

    @Override
    public CommandSpec transform(CommandSpec spec) {
        Map<String, List<String>> defaults = new LinkedHashMap<>();
        Map<String, Param> params = new LinkedHashMap<>();
        for (String figure : FIGURES.get(spec.name())) {
            for (Param p : PlotConfigs.spec(Java2dPlotBackend.preset(figure)).list()) {
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
        for (String figure : FIGURES.get(subcommand)) {
            for (Param p : PlotConfigs.spec(Java2dPlotBackend.preset(figure)).list()) {
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

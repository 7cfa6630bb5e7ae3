package org.jcanns.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code jcanns} command: simulate models, list plugins, run the demo.
 *
 * <p>Start-up does only what the command line asks for: {@code --version} prints without building the command
 * tree, and a command line that names a subcommand builds only that one (picocli reads every option of every
 * command it is given by reflection, and the plot commands ask the plot backend for their options).
 */
@Command(name = "jcanns", mixinStandardHelpOptions = true, version = Main.VERSION,
        description = "Continuous attractor neural networks on the JVM.")
public final class Main implements Runnable {
    /** Exit code for bad input: unknown names, invalid values, missing files. */
    static final int USAGE = 2;
    /** What {@code jcanns --version} prints. */
    static final String VERSION = "jcanns 0.1.0";

    /** The subcommands' names, in the order the help lists them. */
    static final List<String> SUBCOMMANDS = List.of("simulate", "plugins", "demo", "plot", "hopfield",
            "hopfield-images", "bump-fits", "synth", "embed", "umap", "decode", "torus", "experimental-cann2d",
            "navigate", "geodesic", "theta-sweep", "tda", "tda-vis", "tda-sample", "help");

    /** A new instance of subcommand {@code name} (a switch, not a table of lambdas: no other command's class loads). */
    private static Object subcommand(String name) {
        return switch (name) {
            case "simulate" -> new SimulateCommand();
            case "plugins" -> new PluginsCommand();
            case "demo" -> new DemoCommand();
            case "plot" -> new PlotCommand();
            case "hopfield" -> new HopfieldCommand();
            case "hopfield-images" -> new HopfieldImagesCommand();
            case "bump-fits" -> new BumpFitsCommand();
            case "synth" -> new SynthCommand();
            case "embed" -> new EmbedCommand();
            case "umap" -> new UmapCommand();
            case "decode" -> new DecodeCommand();
            case "torus" -> new TorusCommand();
            case "experimental-cann2d" -> new ExperimentalCann2dCommand();
            case "navigate" -> new NavigateCommand();
            case "geodesic" -> new GeodesicCommand();
            case "theta-sweep" -> new ThetaSweepCommand();
            case "tda" -> new TdaCommand();
            case "tda-vis" -> new TdaVisCommand();
            case "tda-sample" -> new TdaSampleCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no subcommand " + name);
        };
    }

    @Option(names = "--plugin-path", paramLabel = "DIR", scope = CommandLine.ScopeType.INHERIT,
            description = "Directory of extra plugin jars (repeatable).")
    List<Path> pluginPath = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
            description = "No progress bars.")
    boolean quiet;

    @Option(names = {"-v", "--verbose"}, scope = CommandLine.ScopeType.INHERIT,
            description = "Log what jcanns chooses (kernel tier, operators) and show stack traces.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs the tool and exits with its exit code. */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the tool with {@code args} and returns the exit code (for tests). */
    public static int run(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            System.out.println(VERSION);
            return 0;
        }
        configureLogging(List.of(args).contains("-v") || List.of(args).contains("--verbose"));
        // Plots render off-screen; never try to reach a display.
        setIfAbsent("java.awt.headless", "true");
        CommandLine cli = commandLine(subcommandNamed(args));
        cli.setParameterExceptionHandler(Main::badUsage);
        cli.setOverwrittenOptionsAllowed(true);
        cli.setExecutionExceptionHandler(Errors::handle);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return Errors.outOfMemory(e, cli.getErr());
        }
    }

    /**
     * The command tree for a command line whose subcommand is {@code wanted}: that subcommand alone when it is one
     * of ours (other than {@code help}), else all of them (help, usage, and the error that suggests a name).
     */
    static CommandLine commandLine(String wanted) {
        CommandLine cli = new CommandLine(new Main());
        boolean one = wanted != null && SUBCOMMANDS.contains(wanted) && !wanted.equals("help");
        for (String name : SUBCOMMANDS) {
            if (!one || name.equals(wanted)) {
                // A CommandLine of its own: picocli applies model transformers (the plot presets) when one is
                // constructed, not when a plain object is added to a command line that exists.
                cli.addSubcommand(name, new CommandLine(subcommand(name)));
            }
        }
        return cli;
    }

    /** The first argument that is not one of the top-level options (nor the value of one), or null. */
    static String subcommandNamed(String... args) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--plugin-path")) {
                i++;
            } else if (!a.startsWith("-")) {
                return a;
            }
        }
        return null;
    }

    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("jcanns: " + e.getMessage() + " (see: " + e.getCommandLine().getCommandSpec().qualifiedName()
                + " --help)");
        return USAGE;
    }

    private static void configureLogging(boolean verbose) {
        setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}

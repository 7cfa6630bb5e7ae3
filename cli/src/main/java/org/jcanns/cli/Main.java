package org.jcanns.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code jcanns} command: simulate models, navigation tasks and pipelines, list plugins, run the demo. */
@Command(name = "jcanns", mixinStandardHelpOptions = true, version = "jcanns 0.1.0",
        description = "Continuous attractor neural networks on the JVM.",
        subcommands = {SimulateCommand.class, PluginsCommand.class, DemoCommand.class, PlotCommand.class,
                HopfieldCommand.class, HopfieldImagesCommand.class, BumpFitsCommand.class, SynthCommand.class,
                EmbedCommand.class, UmapCommand.class, DecodeCommand.class, TorusCommand.class,
                ExperimentalCann2dCommand.class,
                NavigateCommand.class, GeodesicCommand.class, ThetaSweepCommand.class,
                TdaCommand.class, TdaVisCommand.class, TdaSampleCommand.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Exit code for bad input: unknown names, invalid values, missing files. */
    static final int USAGE = 2;

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
        configureLogging(List.of(args).contains("-v") || List.of(args).contains("--verbose"));
        // Plots render off-screen; never try to reach a display.
        setIfAbsent("java.awt.headless", "true");
        CommandLine cli = new CommandLine(new Main());
        cli.setParameterExceptionHandler(Main::badUsage);
        cli.setOverwrittenOptionsAllowed(true);
        cli.setExecutionExceptionHandler(Errors::handle);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            return Errors.outOfMemory(e, cli.getErr());
        }
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

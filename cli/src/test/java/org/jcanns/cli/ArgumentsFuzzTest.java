package org.jcanns.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jcanns.core.registry.Registry;
import org.jcanns.core.testing.FuzzChecks;
import picocli.CommandLine;

/**
 * Any command line (one argument per line of the input): parsed, then the options of simulate checked as a run
 * checks them before any work (sweeps, model and task parameters), or refused in one line. Nothing is run and
 * nothing written. Inputs kept in ArgumentsFuzzTestInputs/arguments.
 */
class ArgumentsFuzzTest {
    private static Registry registry;

    @FuzzTest(maxDuration = "20s")
    void arguments(byte[] data) throws Exception {
        if (registry == null) {
            registry = Registry.discover();
        }
        String[] args = new String(data, StandardCharsets.UTF_8).split("\n", -1);
        FuzzChecks.refusedCleanly(() -> {
            CommandLine cli = new CommandLine(new Main());
            try {
                cli.parseArgs(args);
            } catch (CommandLine.ParameterException e) {
                FuzzChecks.requireOneLine(e);
                return null;
            }
            CommandLine.ParseResult parsed = cli.getParseResult();
            while (parsed.hasSubcommand()) {
                parsed = parsed.subcommand();
            }
            if (parsed.commandSpec().userObject() instanceof SimulateCommand s) {
                check(s);
            }
            return null;
        });
    }

    /** What a simulate run checks before its work: sweeps, and the model's and task's parameters. */
    private static void check(SimulateCommand s) {
        for (String sweep : s.sweeps) {
            Sweep.parse(sweep);
        }
        parse(registry.model(s.model).parameters(), s.modelParams);
        if (s.task != null) {
            parse(registry.task(s.task).parameters(), s.taskParams);
        }
    }

    private static void parse(org.jcanns.spi.param.ParameterSpec spec, Map<String, String> raw) {
        spec.parse(raw);
    }
}

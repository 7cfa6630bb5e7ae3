package org.jcanns.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a child process for a test with a real time limit. Its stdout and stderr go to temporary files, so a child
 * that prints a lot cannot fill a pipe and stall, and the parent never blocks on a read: it only waits, for at most
 * the limit. A child still running then is killed (with its descendants) and the test fails naming the command and
 * showing what the child had printed.
 */
public final class ChildProcess {
    private ChildProcess() {
    }

    /** What a finished child left: its command, exit code and the text of its two output streams. */
    public record Result(List<String> command, int exitCode, String stdout, String stderr) {
        /** The command and both outputs, for a failure message. */
        public String describe() {
            return command + " (exit " + exitCode + ")" + outputs(stdout, stderr);
        }

        /** This result's stdout; fails with {@link #describe()} unless the child exited with 0. */
        public String requireSuccess() {
            if (exitCode != 0) {
                throw new AssertionError("child process failed: " + describe());
            }
            return stdout;
        }
    }

    /**
     * Runs {@code command} with {@code environment} added to this process's, and waits at most {@code timeout}.
     *
     * @throws IOException when the program cannot be started (not installed, not executable)
     * @throws AssertionError when the child is still running after {@code timeout} (it is killed first)
     */
    public static Result run(List<String> command, Map<String, String> environment, Duration timeout)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("jcanns-child-", ".out");
        Path err = Files.createTempFile("jcanns-child-", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process p = builder.start();
            boolean finished;
            try {
                finished = p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } finally {
                // Also when this thread is interrupted: no child outlives the test that started it.
                if (p.isAlive()) {
                    kill(p);
                }
            }
            if (!finished) {
                throw new AssertionError("child process still running after " + timeout + ", killed: " + command
                        + outputs(read(out), read(err)));
            }
            return new Result(List.copyOf(command), p.exitValue(), read(out), read(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /**
     * The command that runs {@code mainClass} in a new JVM of this one's Java installation and class path, with
     * {@code options} (such as {@code -Xint}) before the class path.
     */
    public static List<String> java(List<String> options, Class<?> mainClass) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(options);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass.getName()));
        return cmd;
    }

    private static void kill(Process p) throws InterruptedException {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
    }

    private static String read(Path file) throws IOException {
        // Not readString: a child's stray bytes are shown replaced rather than hiding the rest of its output.
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }

    private static String outputs(String stdout, String stderr) {
        return "\n--- stdout ---\n" + stdout + "\n--- stderr ---\n" + stderr;
    }
}

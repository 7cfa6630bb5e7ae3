package org.jcanns.core.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the numpy scripts kept beside the tests ({@code src/test/python}) that write reference fixtures or check
 * files jcanns wrote. python3 with numpy is on every development and CI machine; its absence fails the test.
 */
public final class Python {
    private Python() {
    }

    /** The script {@code name} under this module's {@code src/test/python}. */
    public static Path script(String name) {
        Path p = Path.of("src", "test", "python", name).toAbsolutePath();
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("numpy script not found: " + p);
        }
        return p;
    }

    /** Runs {@code python3 script args...}; fails with the script's output unless it exits 0. Returns stdout. */
    public static String run(Path script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        cmd.addAll(List.of(args));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException("python3 is needed for the numpy reference tests and was not found", e);
        }
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("numpy script timed out: " + cmd);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new AssertionError("numpy script failed (exit " + p.exitValue() + "): " + cmd + "\n" + text);
        }
        return text;
    }
}

package org.jcanns.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs the numpy scripts kept beside the tests ({@code src/test/python}) that write reference fixtures or check
 * files jcanns wrote. python3 with numpy is on every development and CI machine; its absence fails the test.
 */
public final class Python {
    private static final Duration TIMEOUT = Duration.ofMinutes(5);

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

    /**
     * Runs {@code python3 script args...} for at most five minutes; fails with the command and the script's output
     * unless it exits 0. Returns stdout (stderr, where numpy's warnings go, only appears in a failure).
     */
    public static String run(Path script, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("python3", script.toString()));
        cmd.addAll(List.of(args));
        ChildProcess.Result result;
        try {
            result = ChildProcess.run(cmd, Map.of(), TIMEOUT);
        } catch (IOException e) {
            throw new IllegalStateException("python3, needed for the numpy reference tests, could not be run: "
                    + e.getMessage(), e);
        }
        if (result.exitCode() != 0) {
            throw new AssertionError("numpy script failed: " + result.describe());
        }
        return result.stdout();
    }
}

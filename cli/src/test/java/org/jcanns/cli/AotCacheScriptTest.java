package org.jcanns.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import javax.tools.ToolProvider;
import org.jcanns.core.testing.ChildProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's AOT cache (scripts/aot-cache.sh) with a one-class jar: made when missing, used afterwards, made
 * again when the jar is rebuilt (the JVM itself would serve the old classes), harmless when the JVM refuses it,
 * off with JCANNS_AOT=0, and a failed creation is not retried until the jar changes.
 */
class AotCacheScriptTest {
    private static final Path SCRIPTS = Path.of(System.getProperty("user.dir")).resolveSibling("scripts");

    /** A jar whose main class prints {@code message} (and exits with 3 when its argument is "fail"). */
    private static void jar(Path dir, Path jar, String message) throws IOException {
        Path src = dir.resolve("src/Hello.java");
        Files.createDirectories(src.getParent());
        Files.writeString(src, "public class Hello { public static void main(String[] a) { "
                + "if (a.length > 0 && a[0].equals(\"fail\")) System.exit(3); System.out.println(\"" + message
                + "\"); } }");
        Path classes = dir.resolve("classes");
        assertEquals(0, ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", classes.toString(),
                src.toString()));
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Hello");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, manifest)) {
            j.putNextEntry(new JarEntry("Hello.class"));
            j.write(Files.readAllBytes(classes.resolve("Hello.class")));
            j.closeEntry();
        }
    }

    /** Sources the scripts, prepares the cache (training with {@code training}), runs the jar with it. */
    private static ChildProcess.Result launch(Path jar, Path cache, String training, Map<String, String> env)
            throws Exception {
        String script = "set -euo pipefail; source '" + SCRIPTS.resolve("find-jdk.sh") + "'; source '"
                + SCRIPTS.resolve("aot-cache.sh") + "'; aot_prepare '" + jar + "' '" + cache + "' -- " + training
                + "; echo \"options=${AOT_OPTIONS[*]+${AOT_OPTIONS[*]}}\" >&2; \"$JAVA_HOME/bin/java\" "
                + "${AOT_OPTIONS[@]+\"${AOT_OPTIONS[@]}\"} -Xlog:class+load=info:file='" + cache + ".classes' -jar '"
                + jar + "'";
        return ChildProcess.run(List.of("bash", "-c", script), env, Duration.ofMinutes(3));
    }

    private static boolean loadedFromCache(Path cache) throws IOException {
        return Files.readAllLines(Path.of(cache + ".classes")).stream()
                .anyMatch(l -> l.contains(" Hello source: shared objects file"));
    }

    @Test
    void aMissingCacheIsMadeAndThenUsed(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("hello.jar"), cache = dir.resolve("hello.aot");
        jar(dir, jar, "one");
        ChildProcess.Result first = launch(jar, cache, "", Map.of());
        assertEquals("one", first.requireSuccess().strip());
        assertTrue(first.stderr().contains("preparing the start-up cache"), first.describe());
        assertTrue(Files.size(cache) > 0 && Files.readString(Path.of(cache + ".stamp")).startsWith("format=1 jar="));
        assertTrue(loadedFromCache(cache), "the run after creation uses the cache");
        ChildProcess.Result second = launch(jar, cache, "", Map.of());
        assertEquals("one", second.requireSuccess().strip());
        assertFalse(second.stderr().contains("preparing"), "made once: " + second.describe());
        assertTrue(loadedFromCache(cache));
    }

    @Test
    void aRebuiltJarGetsANewCacheAndItsOwnClasses(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("hello.jar"), cache = dir.resolve("hello.aot");
        jar(dir, jar, "one");
        launch(jar, cache, "", Map.of()).requireSuccess();
        jar(dir, jar, "two");
        // A rebuild within the same second must still count: the stamp holds the size too, and here the time moves.
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(5)));
        ChildProcess.Result r = launch(jar, cache, "", Map.of());
        assertEquals("two", r.requireSuccess().strip(), "the rebuilt jar's class, not the cached one");
        assertTrue(r.stderr().contains("preparing the start-up cache"), r.describe());
        assertTrue(loadedFromCache(cache));
    }

    @Test
    void aCacheTheJvmRefusesChangesNothingButSpeed(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("hello.jar"), cache = dir.resolve("hello.aot");
        jar(dir, jar, "one");
        launch(jar, cache, "", Map.of()).requireSuccess();
        // Damaged after it was made (the stamp still matches): the JVM refuses it and runs without.
        byte[] whole = Files.readAllBytes(cache);
        Files.write(cache, java.util.Arrays.copyOf(whole, whole.length / 3));
        ChildProcess.Result r = launch(jar, cache, "", Map.of());
        assertEquals("one", r.requireSuccess().strip(), "stdout is the program's alone: " + r.describe());
        assertFalse(loadedFromCache(cache), "refused");
    }

    @Test
    void offWithJcannsAot0(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("hello.jar"), cache = dir.resolve("hello.aot");
        jar(dir, jar, "one");
        ChildProcess.Result r = launch(jar, cache, "", Map.of("JCANNS_AOT", "0"));
        assertEquals("one", r.requireSuccess().strip());
        assertTrue(r.stderr().contains("options=\n") || r.stderr().strip().endsWith("options="), r.describe());
        assertFalse(Files.exists(cache));
    }

    @Test
    void aFailedCreationIsRememberedUntilTheJarChanges(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("hello.jar"), cache = dir.resolve("hello.aot");
        jar(dir, jar, "one");
        ChildProcess.Result r = launch(jar, cache, "fail", Map.of());
        assertEquals("one", r.requireSuccess().strip(), "the command runs anyway");
        assertTrue(r.stderr().contains("could not create the start-up cache"), r.describe());
        assertTrue(Files.readString(Path.of(cache + ".stamp"), StandardCharsets.UTF_8).startsWith("failed "));
        ChildProcess.Result again = launch(jar, cache, "fail", Map.of());
        assertEquals("one", again.requireSuccess().strip());
        assertFalse(again.stderr().contains("start-up cache"), "not retried: " + again.describe());
    }
}

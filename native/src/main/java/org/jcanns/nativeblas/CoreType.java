package org.jcanns.nativeblas;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * OpenBLAS reads {@code OPENBLAS_CORETYPE} once, when the library loads, and then uses that core's kernels. An
 * environment that pins an older core on a newer CPU ({@code Haswell} on an AVX-512 machine) halves sgemm. The
 * {@code jcanns} launcher unsets the variable; for a JVM started by anyone else, this class corrects the process
 * environment through libc's {@code setenv}/{@code unsetenv} before the library is loaded.
 *
 * <p>{@code -Djcanns.openblas.coretype=keep} leaves the variable alone, {@code =auto} removes it (OpenBLAS then
 * detects the core), any other value is set as the core name.
 */
// Calling libc's setenv/unsetenv is this class's purpose; the JVM's --enable-native-access is the real gate.
@SuppressWarnings("restricted")
final class CoreType {
    /** The system property that overrides the correction. */
    static final String PROPERTY = "jcanns.openblas.coretype";
    static final String VARIABLE = "OPENBLAS_CORETYPE";
    /** OpenBLAS core names whose kernels use AVX-512. */
    private static final Set<String> AVX512_CORES = Set.of("SKYLAKEX", "COOPERLAKE", "SAPPHIRERAPIDS");

    /** What to do to the variable before loading. */
    record Action(String kind, String value, String reason) {
        static final Action NONE = new Action("none", null, "");
    }

    private CoreType() {
    }

    /**
     * The correction for a variable currently set to {@code current} (null when unset) on a CPU with the given
     * /proc/cpuinfo flags, with the property value {@code forced} (null when not given).
     */
    static Action decide(String current, Set<String> cpuFlags, String forced) {
        if (forced != null && !forced.isBlank()) {
            String f = forced.trim();
            if (f.equalsIgnoreCase("keep")) {
                return Action.NONE;
            }
            if (f.equalsIgnoreCase("auto")) {
                return current == null ? Action.NONE
                        : new Action("unset", null, VARIABLE + "=" + current + " removed (-D" + PROPERTY + "=auto)");
            }
            return new Action("set", f, VARIABLE + " set to " + f + " (-D" + PROPERTY + ")");
        }
        if (current == null || current.isBlank()) {
            return Action.NONE;
        }
        if (cpuFlags.contains("avx512f") && !AVX512_CORES.contains(current.trim().toUpperCase(Locale.ROOT))) {
            return new Action("unset", null, VARIABLE + "=" + current + " pins pre-AVX-512 kernels on an AVX-512 CPU;"
                    + " removed so OpenBLAS detects the core (keep it with -D" + PROPERTY + "=keep)");
        }
        return Action.NONE;
    }

    /** The flags line of /proc/cpuinfo (empty when unreadable). */
    static Set<String> cpuFlags() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(l -> l.startsWith("flags")).findFirst()
                    .map(l -> Set.of(l.substring(l.indexOf(':') + 1).trim().split("\\s+")))
                    .orElse(Set.of());
        } catch (IOException | RuntimeException e) {
            return Set.of();
        }
    }

    /** Applies the correction for this process; returns the reason when something changed. */
    static Optional<String> correct() {
        // System.getenv is a snapshot taken at JVM start; the C environment is what OpenBLAS reads.
        String current = nativeGetenv(VARIABLE);
        Action a = decide(current, cpuFlags(), System.getProperty(PROPERTY));
        try {
            switch (a.kind()) {
                case "unset" -> callUnsetenv(VARIABLE);
                case "set" -> callSetenv(VARIABLE, a.value());
                default -> {
                    return Optional.empty();
                }
            }
        } catch (Throwable t) {
            return Optional.of("could not change " + VARIABLE + " (" + t + "); it stays " + current);
        }
        return Optional.of(a.reason());
    }

    static String nativeGetenv(String name) {
        try (Arena arena = Arena.ofConfined()) {
            MethodHandle getenv = libc("getenv", FunctionDescriptor.of(ValueLayout.ADDRESS, ValueLayout.ADDRESS));
            MemorySegment p = (MemorySegment) getenv.invokeExact(arena.allocateFrom(name));
            return p.equals(MemorySegment.NULL) ? null : p.reinterpret(Long.MAX_VALUE).getString(0);
        } catch (Throwable t) {
            return System.getenv(name);
        }
    }

    private static void callSetenv(String name, String value) throws Throwable {
        // setenv is not thread-safe against concurrent getenv; the JVM's own threads do not call getenv once
        // running, and this runs once, before the library that reads the variable is loaded.
        MethodHandle setenv = libc("setenv",
                FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS, ValueLayout.ADDRESS, ValueLayout.JAVA_INT));
        try (Arena arena = Arena.ofConfined()) {
            int rc = (int) setenv.invokeExact(arena.allocateFrom(name), arena.allocateFrom(value), 1);
            if (rc != 0) {
                throw new IllegalStateException("setenv returned " + rc);
            }
        }
    }

    private static void callUnsetenv(String name) throws Throwable {
        MethodHandle unsetenv = libc("unsetenv", FunctionDescriptor.of(ValueLayout.JAVA_INT, ValueLayout.ADDRESS));
        try (Arena arena = Arena.ofConfined()) {
            int rc = (int) unsetenv.invokeExact(arena.allocateFrom(name));
            if (rc != 0) {
                throw new IllegalStateException("unsetenv returned " + rc);
            }
        }
    }

    private static MethodHandle libc(String name, FunctionDescriptor fd) {
        Linker linker = Linker.nativeLinker();
        return linker.downcallHandle(linker.defaultLookup().find(name)
                .orElseThrow(() -> new IllegalStateException("libc has no " + name)), fd);
    }

    /** The flags as one sorted line, for messages. */
    static String describe(Set<String> flags) {
        return flags.stream().filter(f -> f.startsWith("avx")).sorted().collect(Collectors.joining(" "));
    }
}

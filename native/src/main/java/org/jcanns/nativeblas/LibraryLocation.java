package org.jcanns.nativeblas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where {@link OpenBlas#load()} would take the library from, found without loading it: file tests and class-path
 * resource lookups only, so that choosing the {@code openblas} tier costs nothing until a matrix product runs
 * (loading through JavaCPP takes a few hundred milliseconds).
 */
final class LibraryLocation {
    /** Directories the dynamic linker searches on the Linux distributions we know, after LD_LIBRARY_PATH. */
    private static final List<String> SYSTEM_DIRS = List.of("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu",
            "/usr/lib64", "/lib64", "/usr/lib", "/lib", "/usr/local/lib", "/usr/lib/x86_64-linux-gnu/openblas-pthread");
    /** What bytedeco's jars must provide: JavaCPP's loader, the presets class and the linux-x86_64 library. */
    private static final List<String> BYTEDECO_RESOURCES = List.of("org/bytedeco/javacpp/Loader.class",
            "org/bytedeco/openblas/global/openblas_nolapack.class",
            "org/bytedeco/openblas/linux-x86_64/libjniopenblas_nolapack.so");

    private LibraryLocation() {
    }

    /**
     * One line naming where the library would come from ({@code -Djcanns.openblas.library}'s file, a system
     * library, or bytedeco's jar); throws {@link IllegalStateException} with the reason when there is none.
     */
    static String find() {
        requireLinuxX86();
        String wanted = System.getProperty(OpenBlas.LIBRARY_PROPERTY, "").trim();
        if (!wanted.isEmpty() && !wanted.equals("system") && !wanted.equals("bytedeco")) {
            if (!Files.isRegularFile(Path.of(wanted))) {
                throw new IllegalStateException("-D" + OpenBlas.LIBRARY_PROPERTY + "=" + wanted + " is not a file");
            }
            return wanted;
        }
        if (!wanted.equals("bytedeco")) {
            Optional<Path> system = systemLibrary();
            if (system.isPresent()) {
                return "system: " + system.get();
            }
            if (wanted.equals("system")) {
                throw new IllegalStateException("no system libopenblas.so.0 (-D" + OpenBlas.LIBRARY_PROPERTY
                        + "=system)");
            }
        }
        ClassLoader loader = LibraryLocation.class.getClassLoader();
        for (String resource : BYTEDECO_RESOURCES) {
            if (loader.getResource(resource) == null) {
                throw new IllegalStateException("bytedeco openblas is not on the class path (no " + resource
                        + ") and no system libopenblas.so.0 was found");
            }
        }
        return "bytedeco jar";
    }

    /** OpenBLAS ships for linux-x86_64 only (bytedeco's classifier, and the FFM signatures bound). */
    static void requireLinuxX86() {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")
                || !System.getProperty("os.arch", "").matches("amd64|x86_64")) {
            throw new IllegalStateException("OpenBLAS is bundled for linux-x86_64 only, this is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
    }

    private static Optional<Path> systemLibrary() {
        List<String> dirs = new ArrayList<>();
        String ld = System.getenv("LD_LIBRARY_PATH");
        if (ld != null) {
            dirs.addAll(List.of(ld.split(":")));
        }
        dirs.addAll(SYSTEM_DIRS);
        return dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, "libopenblas.so.0"))
                .filter(Files::isRegularFile).findFirst();
    }
}

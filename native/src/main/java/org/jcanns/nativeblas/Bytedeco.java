package org.jcanns.nativeblas;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The OpenBLAS of bytedeco's {@code openblas} jar: JavaCPP extracts and loads it (with its gfortran runtime) once;
 * its real path is then read from JavaCPP's loaded-libraries map, so FFM binds that very mapping.
 */
final class Bytedeco {
    private Bytedeco() {
    }

    /** Loads the library through JavaCPP and returns the path of libopenblas_nolapack. */
    static Path libraryPath() {
        Class<?> presets;
        try {
            presets = Class.forName("org.bytedeco.openblas.global.openblas_nolapack");
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("bytedeco openblas is not on the class path and no system "
                    + "libopenblas.so.0 was found");
        }
        org.bytedeco.javacpp.Loader.load(presets);
        Map<String, String> loaded = org.bytedeco.javacpp.Loader.getLoadedLibraries();
        String path = loaded.get("openblas_nolapack@.0");
        if (path == null) {
            path = loaded.entrySet().stream().filter(e -> e.getKey().startsWith("openblas_nolapack@"))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }
        if (path == null || !Files.isRegularFile(Path.of(path))) {
            throw new IllegalStateException("JavaCPP loaded OpenBLAS but did not report its file; loaded: "
                    + loaded.keySet());
        }
        return Path.of(path);
    }
}

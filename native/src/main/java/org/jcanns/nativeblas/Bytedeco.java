package org.jcanns.nativeblas;

import java.lang.reflect.InvocationTargetException;
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
        Map<String, String> loaded = loadThroughJavaCpp(presets);
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

    /**
     * {@code Loader.load(presets)}, then {@code Loader.getLoadedLibraries()}: by reflection, like the presets class,
     * so that bytedeco stays an optional run-time dependency of this module.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, String> loadThroughJavaCpp(Class<?> presets) {
        try {
            Class<?> loader = Class.forName("org.bytedeco.javacpp.Loader");
            loader.getMethod("load", Class.class).invoke(null, presets);
            return (Map<String, String>) loader.getMethod("getLoadedLibraries").invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("JavaCPP could not load OpenBLAS: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("bytedeco javacpp is not usable: " + e, e);
        }
    }
}

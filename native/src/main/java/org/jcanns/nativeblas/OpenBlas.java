package org.jcanns.nativeblas;

import java.io.IOException;
import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.foreign.ValueLayout;
import java.lang.invoke.MethodHandle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OpenBLAS called through the FFM API on off-heap segments: {@code cblas_sgemv}, {@code cblas_sgemm},
 * {@code cblas_saxpy}, {@code cblas_sdot} and the thread-count functions. One library instance per process (see
 * {@link #load()} for where it comes from); the downcall handles are final fields of that one instance, bound once when it loads.
 *
 * <p>Arguments are not checked here: callers (the kernel tier) validate them once.
 */
// Calling native code is this class's purpose; the JVM's --enable-native-access is the real gate.
@SuppressWarnings("restricted")
public final class OpenBlas {
    /** Chooses the library: {@code system}, {@code bytedeco}, or a file path (default: system if present, else bytedeco). */
    public static final String LIBRARY_PROPERTY = "jcanns.openblas.library";
    /** OpenBLAS threads per call (default 1: jcanns splits batches over its own threads). */
    public static final String THREADS_PROPERTY = "jcanns.openblas.threads";
    private static final Logger LOG = LoggerFactory.getLogger(OpenBlas.class);
    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANS = 111;
    private static final int TRANS = 112;

    private final Path library;
    private final String origin;
    private final MethodHandle sgemv;
    private final MethodHandle sgemm;
    private final MethodHandle saxpy;
    private final MethodHandle sdot;
    private final MethodHandle setThreads;
    private final MethodHandle getThreads;
    private final String corename;
    private final Optional<String> coretypeNote;

    private OpenBlas(Path library, String origin, SymbolLookup lookup, Optional<String> coretypeNote) {
        this.library = library;
        this.origin = origin;
        this.coretypeNote = coretypeNote;
        Linker linker = Linker.nativeLinker();
        ValueLayout.OfInt i = ValueLayout.JAVA_INT;
        ValueLayout.OfFloat f = ValueLayout.JAVA_FLOAT;
        var p = ValueLayout.ADDRESS;
        this.sgemv = linker.downcallHandle(find(lookup, "cblas_sgemv"),
                FunctionDescriptor.ofVoid(i, i, i, i, f, p, i, p, i, f, p, i));
        this.sgemm = linker.downcallHandle(find(lookup, "cblas_sgemm"),
                FunctionDescriptor.ofVoid(i, i, i, i, i, i, f, p, i, p, i, f, p, i));
        // Level-1 calls are short: critical skips the thread-state transition (no heap memory is passed).
        this.saxpy = linker.downcallHandle(find(lookup, "cblas_saxpy"), FunctionDescriptor.ofVoid(i, f, p, i, p, i),
                Linker.Option.critical(false));
        this.sdot = linker.downcallHandle(find(lookup, "cblas_sdot"), FunctionDescriptor.of(f, i, p, i, p, i),
                Linker.Option.critical(false));
        this.setThreads = linker.downcallHandle(find(lookup, "openblas_set_num_threads"), FunctionDescriptor.ofVoid(i));
        this.getThreads = linker.downcallHandle(find(lookup, "openblas_get_num_threads"), FunctionDescriptor.of(i));
        String core;
        try {
            MethodHandle name = linker.downcallHandle(find(lookup, "openblas_get_corename"),
                    FunctionDescriptor.of(ValueLayout.ADDRESS));
            core = ((MemorySegment) name.invokeExact()).reinterpret(256).getString(0);
        } catch (Throwable t) {
            core = "unknown";
        }
        this.corename = core;
    }

    private static MemorySegment find(SymbolLookup lookup, String name) {
        return lookup.find(name).orElseThrow(() -> new IllegalStateException("OpenBLAS library has no " + name));
    }

    private static final class Holder {
        static final Object INSTANCE = loadOnce();
    }

    /** The library once {@link #load()} has succeeded (read without loading, for descriptions). */
    private static volatile OpenBlas loaded;

    private static Object loadOnce() {
        try {
            OpenBlas blas = open();
            loaded = blas;
            return blas;
        } catch (Throwable t) {
            return t;
        }
    }

    /** The process-wide library if something has loaded it already; never loads. */
    static Optional<OpenBlas> ifLoaded() {
        return Optional.ofNullable(loaded);
    }

    /**
     * The process-wide OpenBLAS, loaded on first use: the file named by {@code -Djcanns.openblas.library}, else a
     * system {@code libopenblas.so.0}, else the one in bytedeco's jar (loaded once by JavaCPP; its path is taken
     * from JavaCPP's loaded-libraries map so that FFM binds the same mapping, not a second copy with its own
     * thread pool). Throws {@link IllegalStateException} with the reason when none can be loaded.
     */
    public static OpenBlas load() {
        Object o = Holder.INSTANCE;
        if (o instanceof OpenBlas blas) {
            return blas;
        }
        Throwable t = (Throwable) o;
        throw new IllegalStateException(t.getMessage() == null ? t.toString() : t.getMessage(), t);
    }

    private static OpenBlas open() throws IOException {
        LibraryLocation.requireLinuxX86();
        Optional<String> note = CoreType.correct();
        String wanted = System.getProperty(LIBRARY_PROPERTY, "").trim();
        Arena global = Arena.global();
        OpenBlas blas;
        if (!wanted.isEmpty() && !wanted.equals("system") && !wanted.equals("bytedeco")) {
            Path p = Path.of(wanted);
            blas = new OpenBlas(p, "-D" + LIBRARY_PROPERTY, SymbolLookup.libraryLookup(p, global), note);
        } else {
            Optional<OpenBlas> system = wanted.equals("bytedeco") ? Optional.empty() : system(global, note);
            if (system.isPresent()) {
                blas = system.get();
            } else if (wanted.equals("system")) {
                throw new IllegalStateException("no system libopenblas.so.0 (-D" + LIBRARY_PROPERTY + "=system)");
            } else {
                Path p = Bytedeco.libraryPath();
                blas = new OpenBlas(p, "bytedeco jar", SymbolLookup.libraryLookup(p, global), note);
            }
        }
        List<String> copies = mappedCopies();
        if (copies.size() > 1) {
            LOG.warn("{} OpenBLAS libraries are mapped in this process ({}); each keeps its own thread pool", copies.size(),
                    copies);
        }
        int threads = Integer.getInteger(THREADS_PROPERTY, 1);
        blas.setNumThreads(Math.max(1, threads));
        note.ifPresent(n -> LOG.info("OpenBLAS: {}", n));
        LOG.info("OpenBLAS loaded: {} kernels, {} thread(s), {}: {}", blas.corename(), blas.getNumThreads(),
                blas.origin(), blas.library());
        return blas;
    }

    private static Optional<OpenBlas> system(Arena arena, Optional<String> note) {
        SymbolLookup lookup;
        try {
            lookup = SymbolLookup.libraryLookup("libopenblas.so.0", arena);
        } catch (IllegalArgumentException absent) {
            return Optional.empty();
        }
        Path where = mappedCopies().stream().map(Path::of).findFirst().orElse(Path.of("libopenblas.so.0"));
        return Optional.of(new OpenBlas(where, "system", lookup, note));
    }

    /** Distinct files named like an OpenBLAS library in /proc/self/maps. */
    static List<String> mappedCopies() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/maps"))) {
            return lines.map(l -> l.indexOf('/') < 0 ? "" : l.substring(l.indexOf('/')))
                    .filter(f -> Path.of(f.isEmpty() ? "x" : f).getFileName().toString().startsWith("libopenblas"))
                    .distinct().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The library file bound. */
    public Path library() {
        return library;
    }

    /** Where the library came from: {@code system}, {@code bytedeco jar}, or the property. */
    public String origin() {
        return origin;
    }

    /** The core OpenBLAS runs kernels for (e.g. {@code Haswell}, {@code SkylakeX}, {@code Zen}). */
    public String corename() {
        return corename;
    }

    /** What was done to OPENBLAS_CORETYPE before loading, if anything. */
    public Optional<String> coretypeNote() {
        return coretypeNote;
    }

    /** y ← A·x for row-major A (m × n) with leading dimension lda. */
    public void sgemv(int m, int n, MemorySegment a, int lda, MemorySegment x, MemorySegment y) {
        try {
            sgemv.invokeExact(ROW_MAJOR, NO_TRANS, m, n, 1f, a, lda, x, 1, 0f, y, 1);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** C ← alpha·op(A)·op(B) + beta·C, row-major, with explicit transposes and leading dimensions. */
    public void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha, MemorySegment a, int lda,
            MemorySegment b, int ldb, float beta, MemorySegment c, int ldc) {
        try {
            sgemm.invokeExact(ROW_MAJOR, transA ? TRANS : NO_TRANS, transB ? TRANS : NO_TRANS, m, n, k, alpha, a, lda,
                    b, ldb, beta, c, ldc);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** y ← y + alpha·x over n elements. */
    public void saxpy(int n, float alpha, MemorySegment x, MemorySegment y) {
        try {
            saxpy.invokeExact(n, alpha, x, 1, y, 1);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Σ x[i]·y[i] over n elements. */
    public float sdot(int n, MemorySegment x, MemorySegment y) {
        try {
            return (float) sdot.invokeExact(n, x, 1, y, 1);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** Sets the number of threads OpenBLAS uses per call (process-wide). */
    public void setNumThreads(int n) {
        try {
            setThreads.invokeExact(n);
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    /** The number of threads OpenBLAS uses per call. */
    public int getNumThreads() {
        try {
            return (int) getThreads.invokeExact();
        } catch (Throwable t) {
            throw rethrow(t);
        }
    }

    private static RuntimeException rethrow(Throwable t) {
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IllegalStateException(t);
    }
}

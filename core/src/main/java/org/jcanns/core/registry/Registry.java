package org.jcanns.core.registry;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jcanns.spi.Provider;
import org.jcanns.spi.analysis.AnalyzerProvider;
import org.jcanns.spi.model.ModelProvider;
import org.jcanns.spi.pipeline.PipelineContext;
import org.jcanns.spi.pipeline.PipelineProvider;
import org.jcanns.spi.plot.PlotBackendProvider;
import org.jcanns.spi.task.TaskProvider;
import org.jcanns.spi.train.TrainerProvider;
import org.jcanns.core.kernel.KernelTierException;
import org.jcanns.core.kernel.KernelTiers;
import org.jcanns.core.kernel.Kernels;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every plugin provider found through {@link ServiceLoader}, by kind and short name.
 *
 * <p>Each provider is instantiated in its own try, so one broken jar is reported and skipped without hiding the
 * others; when two providers claim a name the first wins and a warning lists both. Extra plugin jars are read
 * from directories through a child class loader, which stays open as long as the registry. The registry is the
 * {@link PipelineContext} pipelines are created in.
 *
 * <p>Each kind is discovered on first use, so a command pays only for the kinds it asks for ({@code simulate}
 * instantiates the model and task providers, never the plot backends or analyzers), and the kernel tier is chosen
 * on the first call of {@link #kernels()}.
 */
public final class Registry implements AutoCloseable, PipelineContext {
    private static final Logger LOG = LoggerFactory.getLogger(Registry.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final URLClassLoader pluginLoader;
    private final List<String> problems = new ArrayList<>();
    /** The catalogs discovered so far, by provider type (guarded by itself). */
    private final Map<Class<?>, Catalog<?>> catalogs = new LinkedHashMap<>();
    private final ClassLoader loader;
    private volatile Kernels kernels;

    private Registry(ClassLoader loader, URLClassLoader pluginLoader) {
        this.pluginLoader = pluginLoader;
        this.loader = loader;
    }

    /**
     * The kernels this registry's models and tasks compute with: the tier set by {@link #useKernels}, else the one
     * {@code -Djcanns.kernels} forces, else the best that runs here, resolved on first use with the kernel
     * implementations this registry's class loader sees (plugins' own families included). A forced tier that cannot
     * be used throws {@link KernelTierException}, and the next call tries again.
     */
    @Override
    public Kernels kernels() {
        Kernels k = kernels;
        if (k == null) {
            synchronized (this) {
                k = kernels;
                if (k == null) {
                    k = KernelTiers.resolve(System.getProperty(KernelTiers.PROPERTY), loader);
                    kernels = k;
                }
            }
        }
        return k;
    }

    /** Chooses this registry's kernel tier by name (blank: the best that runs); fails as {@link #kernels()}. */
    public Kernels useKernels(String tier) {
        Kernels k = KernelTiers.resolve(tier, loader);
        kernels = k;
        return k;
    }

    /** The providers on the class path that loaded jcanns. */
    public static Registry discover() {
        return new Registry(Registry.class.getClassLoader(), null);
    }

    /** The providers visible to {@code loader} (for applications with their own class loaders). */
    public static Registry discover(ClassLoader loader) {
        return new Registry(loader, null);
    }

    /** The providers on the class path plus those in every {@code .jar} of {@code pluginDirs}. */
    public static Registry discover(List<Path> pluginDirs) throws IOException {
        if (pluginDirs.isEmpty()) {
            return discover();
        }
        List<URL> urls = new ArrayList<>();
        for (Path dir : pluginDirs) {
            if (!Files.isDirectory(dir)) {
                throw new NoSuchFileException(dir.toString(), null, "plugin directory does not exist");
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path jar : files.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) {
                    String broken = unreadable(jar);
                    if (broken != null) {
                        // A class loader would skip it without a word; say which jar, and why.
                        LOG.warn("skipping plugin jar {}: {}", jar, broken);
                        continue;
                    }
                    urls.add(toUrl(jar));
                }
            }
        }
        URLClassLoader loader = new URLClassLoader("jcanns-plugins", urls.toArray(URL[]::new),
                Registry.class.getClassLoader());
        return new Registry(loader, loader);
    }

    /** Why {@code jar} cannot be loaded (not a readable zip archive), or null when it can. */
    private static String unreadable(Path jar) {
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
            return zip.size() >= 0 ? null : "an empty archive";
        } catch (IOException e) {
            return "not a readable jar (" + e.getMessage() + ")";
        }
    }

    private static URL toUrl(Path jar) throws IOException {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IOException("cannot load plugin jar " + jar, e);
        }
    }

    /** The catalog of {@code type}, discovered on the first call. */
    private <P extends Provider> Catalog<P> catalog(String kind, Class<P> type) {
        synchronized (catalogs) {
            Catalog<?> c = catalogs.get(type);
            if (c == null) {
                c = load(kind, type, loader);
                catalogs.put(type, c);
            }
            @SuppressWarnings("unchecked") // the map holds each type's own catalog
            Catalog<P> typed = (Catalog<P>) c;
            return typed;
        }
    }

    private <P extends Provider> Catalog<P> load(String kind, Class<P> type, ClassLoader loader) {
        Map<String, P> byName = new LinkedHashMap<>();
        Iterator<P> it = ServiceLoader.load(type, loader).iterator();
        while (true) {
            P provider;
            try {
                if (!it.hasNext()) {
                    break;
                }
                provider = it.next();
            } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                report("skipping a broken " + kind + " provider: " + e.getMessage()
                        + (e.getCause() != null ? " (" + e.getCause() + ")" : ""));
                continue;
            }
            String name;
            try {
                name = provider.name();
            } catch (RuntimeException | LinkageError e) {
                report("skipping " + kind + " provider " + provider.getClass().getName() + ": name() failed: " + e);
                continue;
            }
            if (name == null || !NAME.matcher(name).matches()) {
                report("skipping " + kind + " provider " + provider.getClass().getName() + ": its name '" + name
                        + "' is not kebab-case");
                continue;
            }
            P first = byName.putIfAbsent(name, provider);
            if (first != null) {
                report("duplicate " + kind + " '" + name + "': using " + first.getClass().getName() + ", ignoring "
                        + provider.getClass().getName());
            }
        }
        return new Catalog<>(kind, byName);
    }

    private void report(String problem) {
        LOG.warn(problem);
        synchronized (problems) {
            problems.add(problem);
        }
    }

    /** What went wrong during discovery (broken providers, duplicates) of every kind, one line each. */
    public List<String> problems() {
        models();
        tasks();
        trainers();
        plotBackends();
        pipelines();
        analyzers();
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    /** All model providers. */
    public Catalog<ModelProvider> models() {
        return catalog("model", ModelProvider.class);
    }

    /** All task providers. */
    public Catalog<TaskProvider> tasks() {
        return catalog("task", TaskProvider.class);
    }

    /** All trainer providers. */
    public Catalog<TrainerProvider> trainers() {
        return catalog("trainer", TrainerProvider.class);
    }

    /** All plot-backend providers. */
    public Catalog<PlotBackendProvider> plotBackends() {
        return catalog("plot backend", PlotBackendProvider.class);
    }

    /** All pipeline providers. */
    public Catalog<PipelineProvider> pipelines() {
        return catalog("pipeline", PipelineProvider.class);
    }

    /** All analyzer providers. */
    public Catalog<AnalyzerProvider> analyzers() {
        return catalog("analyzer", AnalyzerProvider.class);
    }

    /** The analyzer provider called {@code name}, or an error listing the analyzers. */
    public AnalyzerProvider analyzer(String name) {
        return analyzers().get(name);
    }

    /** The model provider called {@code name}, or an error listing the models. */
    @Override
    public ModelProvider model(String name) {
        return models().get(name);
    }

    /** The task provider called {@code name}, or an error listing the tasks. */
    @Override
    public TaskProvider task(String name) {
        return tasks().get(name);
    }

    /** The plot-backend provider called {@code name}, or an error listing the backends. */
    @Override
    public PlotBackendProvider plotBackend(String name) {
        return plotBackends().get(name);
    }

    /** Closes the class loader of extra plugin jars, if any. */
    @Override
    public void close() {
        if (pluginLoader != null) {
            try {
                pluginLoader.close();
            } catch (IOException e) {
                // Closing only releases the plugin jars' file handles; nothing the caller could do differently.
                throw new UncheckedIOException("could not close the plugin class loader", e);
            }
        }
    }
}

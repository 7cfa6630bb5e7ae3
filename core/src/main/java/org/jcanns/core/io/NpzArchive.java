package org.jcanns.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.jcanns.core.memory.MemoryLimit;

/**
 * An open {@code .npz} archive whose members are read one by one, only when asked for: opening it checks the zip
 * directory (no member named twice) and every member's {@code .npy} header (inflating only the header), so a
 * malformed archive is refused before any array is allocated and a member nobody reads is never inflated. Each
 * read inflates at most the bytes its checked header declares, within the {@link MemoryLimit} (counted over all
 * reads), and no more than {@value #MAX_RATIO} times the archive's size in all: deflate cannot compress further,
 * so only overlapping members (a zip bomb) could.
 */
public final class NpzArchive implements AutoCloseable {
    /** Above deflate's largest possible ratio (about 1032:1). */
    static final long MAX_RATIO = 1100;
    private final Path file;
    private final ZipFile zip;
    private final long fileSize;
    private final Map<String, ZipEntry> entries = new LinkedHashMap<>();
    private final Map<String, NpyHeader> headers = new LinkedHashMap<>();
    private long allocated;
    private long inflated;

    private NpzArchive(Path file, ZipFile zip, long fileSize) {
        this.file = file;
        this.zip = zip;
        this.fileSize = fileSize;
    }

    /** Opens {@code file} and checks its directory and every array header. */
    public static NpzArchive open(Path file) throws IOException {
        return open(file, false);
    }

    /**
     * As {@link #open(Path)}; with {@code skipObjects}, members holding pickled Python objects (how numpy stores the
     * None fields of a dataclass canns saved) are left out instead of refused.
     */
    public static NpzArchive open(Path file, boolean skipObjects) throws IOException {
        long size = Files.size(file);
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException | java.io.EOFException e) {
            throw new MalformedFileException(file.toString(), "not a .npz file (a zip archive): " + e.getMessage(), e);
        }
        NpzArchive a = new NpzArchive(file, zip, size);
        try {
            a.index(skipObjects);
        } catch (IOException | RuntimeException e) {
            zip.close();
            throw e;
        }
        return a;
    }

    private void index(boolean skipObjects) throws IOException {
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            String name = entry.getName();
            if (entry.isDirectory() || !name.endsWith(".npy")) {
                continue;
            }
            String key = name.substring(0, name.length() - 4);
            if (entries.put(key, entry) != null) {
                throw new MalformedFileException(file.toString(), "corrupt .npz file: it holds two members named '"
                        + name + "'");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                headers.put(key, NpyHeader.read(in, source(key), declared(entry)));
            } catch (ObjectArrayException e) {
                if (!skipObjects) {
                    throw e;
                }
                entries.remove(key);
            } catch (MalformedFileException e) {
                throw e;
            } catch (IOException e) {
                throw corrupt(key, e);
            }
        }
    }

    /** The uncompressed size the zip directory records, which bounds what the member's header may declare. */
    private static long declared(ZipEntry entry) {
        return entry.getSize() >= 0 ? entry.getSize() : Long.MAX_VALUE;
    }

    private String source(String key) {
        return file + ":" + key + ".npy";
    }

    private MalformedFileException corrupt(String key, IOException e) {
        return new MalformedFileException(source(key), "corrupt zip member: " + (e.getMessage() != null
                ? e.getMessage() : e.getClass().getSimpleName()), e);
    }

    /** The array names, in archive order. */
    public Set<String> names() {
        return Collections.unmodifiableSet(headers.keySet());
    }

    /** Whether the archive holds array {@code name}. */
    public boolean has(String name) {
        return headers.containsKey(name);
    }

    /** The shape of array {@code name}, from its checked header, without reading its data. */
    public int[] shape(String name) {
        return header(name).shape();
    }

    /** The element type of array {@code name}, from its checked header. */
    public DType dtype(String name) {
        return header(name).descr().type();
    }

    private NpyHeader header(String name) {
        NpyHeader h = headers.get(name);
        if (h == null) {
            throw new IllegalArgumentException(file + " has no array '" + name + "'; it has " + headers.keySet());
        }
        return h;
    }

    /** Reads array {@code name}; element memory comes from {@code arena}. */
    public NpyArray read(String name, Arena arena) throws IOException {
        NpyHeader h = header(name);
        long bytes = MemoryLimit.plus(h.length(), h.dataBytes());
        h.requireMemory(source(name));
        MemoryLimit.require(MemoryLimit.plus(allocated, h.dataBytes()), file + ": the arrays read from it");
        if (MemoryLimit.plus(inflated, bytes) > MemoryLimit.times(MAX_RATIO, Math.max(fileSize, 1))) {
            throw new MalformedFileException(file.toString(), "its members inflate to more than " + MAX_RATIO
                    + " times the archive's size (overlapping members: a zip bomb?)");
        }
        ZipEntry entry = entries.get(name);
        try (InputStream in = zip.getInputStream(entry)) {
            NpyArray a = Npy.read(in, arena, source(name), NpyHeader.read(in, source(name), declared(entry)));
            allocated += h.dataBytes();
            inflated += bytes;
            return a;
        } catch (MalformedFileException e) {
            throw e;
        } catch (IOException e) {
            throw corrupt(name, e);
        }
    }

    /** Reads every array, in archive order. */
    public Map<String, NpyArray> readAll(Arena arena) throws IOException {
        Map<String, NpyArray> arrays = new LinkedHashMap<>();
        for (String name : headers.keySet()) {
            arrays.put(name, read(name, arena));
        }
        return arrays;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}

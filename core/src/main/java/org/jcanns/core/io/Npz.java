package org.jcanns.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Reads and writes numpy's {@code .npz} archives: a zip of {@code NAME.npy} entries, stored or deflated. */
public final class Npz {
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);
    private Npz() {
    }

    /** Writes {@code arrays} as an {@code .npz} ({@code compressed}: like savez_compressed), atomically. */
    public static void save(Path file, Map<String, NpyArray> arrays, boolean compressed) throws IOException {
        AtomicFiles.write(file, out -> write(out, arrays, compressed));
    }

    /** Writes {@code arrays} in {@code .npz} format to {@code out}. */
    public static void write(OutputStream out, Map<String, NpyArray> arrays, boolean compressed) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.BEST_SPEED);
        for (Map.Entry<String, NpyArray> e : arrays.entrySet()) {
            NpyArray a = e.getValue();
            ZipEntry entry = new ZipEntry(e.getKey() + ".npy");
            // A fixed time (the zip epoch): identical arrays give identical bytes.
            entry.setTimeLocal(ENTRY_TIME);
            if (compressed) {
                entry.setMethod(ZipEntry.DEFLATED);
            } else {
                // A stored entry must announce its size and CRC before its bytes.
                byte[] header = Npy.header(a.dtype(), a.shape());
                CRC32 crc = new CRC32();
                crc.update(header);
                Npy.writeBytes(OutputStream.nullOutputStream(), a.data(), crc::update);
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(header.length + a.data().byteSize());
                entry.setCompressedSize(entry.getSize());
                entry.setCrc(crc.getValue());
            }
            zip.putNextEntry(entry);
            Npy.write(zip, a);
            zip.closeEntry();
        }
        zip.finish();
    }

    /** Reads every array of an {@code .npz} file, in archive order; element memory comes from {@code arena}. */
    public static Map<String, NpyArray> load(Path file, Arena arena) throws IOException {
        try (NpzArchive archive = NpzArchive.open(file)) {
            return archive.readAll(arena);
        }
    }

    /**
     * Reads the numeric arrays of an {@code .npz} file, leaving out members of pickled objects (how numpy stores the
     * None fields of a dataclass canns saved); element memory comes from {@code arena}.
     */
    public static Map<String, NpyArray> loadNumeric(Path file, Arena arena) throws IOException {
        try (NpzArchive archive = NpzArchive.open(file, true)) {
            return archive.readAll(arena);
        }
    }

    /** Opens an {@code .npz} file to read only the arrays needed ({@link NpzArchive}). */
    public static NpzArchive open(Path file) throws IOException {
        return NpzArchive.open(file);
    }
}

package org.jcanns.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads and writes numpy's {@code .npy} format (versions 1.0 to 3.0); Fortran-ordered input is reordered to C order. */
public final class Npy {
    private static final int ALIGN = 64;
    private static final int CHUNK = 1 << 16;

    private Npy() {
    }

    /** Writes {@code array} as a {@code .npy} file, atomically. */
    public static void save(Path file, NpyArray array) throws IOException {
        AtomicFiles.write(file, out -> write(out, array));
    }

    /** Reads a {@code .npy} file; element memory comes from {@code arena}. */
    public static NpyArray load(Path file, Arena arena) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, arena, file.toString(), Files.size(file));
        }
    }

    /** The {@code .npy} header for an array of this type and shape (magic, version, padded dict). */
    public static byte[] header(DType dtype, int[] shape) {
        StringBuilder dims = new StringBuilder();
        for (int d : shape) {
            dims.append(d).append(", ");
        }
        String shapeText = shape.length == 1 ? shape[0] + "," : dims.length() == 0 ? "" : dims.substring(0,
                dims.length() - 2);
        String dict = "{'descr': '" + dtype.descr() + "', 'fortran_order': False, 'shape': (" + shapeText + "), }";
        int version = dict.length() + 11 < 65536 ? 1 : 2;
        int prefix = NpyHeader.MAGIC.length + 2 + (version == 1 ? 2 : 4);
        int total = ((prefix + dict.length() + 1 + ALIGN - 1) / ALIGN) * ALIGN;
        String padded = dict + " ".repeat(total - prefix - dict.length() - 1) + "\n";
        byte[] h = new byte[total];
        System.arraycopy(NpyHeader.MAGIC, 0, h, 0, NpyHeader.MAGIC.length);
        h[6] = (byte) version;
        h[7] = 0;
        int len = padded.length();
        h[8] = (byte) len;
        h[9] = (byte) (len >>> 8);
        if (version == 2) {
            h[10] = (byte) (len >>> 16);
            h[11] = (byte) (len >>> 24);
        }
        byte[] text = padded.getBytes(StandardCharsets.ISO_8859_1);
        System.arraycopy(text, 0, h, prefix, text.length);
        return h;
    }

    /** Writes {@code array} in {@code .npy} format to {@code out} (does not close it). */
    public static void write(OutputStream out, NpyArray array) throws IOException {
        out.write(header(array.dtype(), array.shape()));
        writeBytes(out, array.data());
    }

    /** Receives the bytes of an array chunk by chunk. */
    @FunctionalInterface
    public interface ChunkSink {
        /** Takes {@code len} bytes of {@code buf} from {@code off}. */
        void accept(byte[] buf, int off, int len);
    }

    /** Copies the bytes of {@code data} to {@code out} in chunks. */
    public static void writeBytes(OutputStream out, MemorySegment data) throws IOException {
        writeBytes(out, data, (b, o, l) -> { });
    }

    /** Copies the bytes of {@code data} to {@code out} in chunks, showing each chunk to {@code tap} as well. */
    public static void writeBytes(OutputStream out, MemorySegment data, ChunkSink tap) throws IOException {
        byte[] buf = new byte[(int) Math.min(CHUNK, Math.max(1, data.byteSize()))];
        for (long off = 0; off < data.byteSize(); off += buf.length) {
            int n = (int) Math.min(buf.length, data.byteSize() - off);
            MemorySegment.copy(data, ValueLayout.JAVA_BYTE, off, buf, 0, n);
            tap.accept(buf, 0, n);
            out.write(buf, 0, n);
        }
    }

    /** Reads one {@code .npy} array from {@code in}; {@code source} names it in errors. */
    public static NpyArray read(InputStream in, Arena arena, String source) throws IOException {
        return read(in, arena, source, Long.MAX_VALUE);
    }

    /**
     * Reads one {@code .npy} array from {@code in}, which holds at most {@code available} bytes (header included):
     * the whole header is checked ({@link NpyHeader}) before anything is allocated.
     */
    public static NpyArray read(InputStream in, Arena arena, String source, long available) throws IOException {
        NpyHeader header = NpyHeader.read(in, source, available);
        header.requireMemory(source);
        return read(in, arena, source, header);
    }

    /** Reads the data that follows the checked {@code header} in {@code in}. */
    static NpyArray read(InputStream in, Arena arena, String source, NpyHeader header) throws IOException {
        DType type = header.descr().type();
        int[] shape = header.shape();
        long bytes = header.dataBytes();
        MemorySegment data = arena.allocate(Math.max(bytes, 1), 64).asSlice(0, bytes);
        readInto(in, data, source);
        if (header.descr().bigEndian()) {
            swapBytes(data, type.bytes());
        }
        if (header.fortranOrder() && shape.length > 1) {
            // numpy writes a transposed view (a.T) column-major; jcanns arrays are C-ordered, so reorder on read.
            data = toRowMajor(data, shape, type.bytes(), arena);
        }
        return new NpyArray(type, shape, data);
    }

    private static void readInto(InputStream in, MemorySegment data, String source) throws IOException {
        byte[] buf = new byte[CHUNK];
        long off = 0;
        while (off < data.byteSize()) {
            int want = (int) Math.min(buf.length, data.byteSize() - off);
            int n = in.readNBytes(buf, 0, want);
            if (n != want) {
                throw new MalformedFileException(source, "truncated .npy data (" + (off + n) + " of "
                        + data.byteSize() + " bytes)");
            }
            MemorySegment.copy(buf, 0, data, ValueLayout.JAVA_BYTE, off, n);
            off += n;
        }
    }

    /** The elements of a column-major array of {@code shape} in row-major order. */
    private static MemorySegment toRowMajor(MemorySegment columnMajor, int[] shape, int width, Arena arena) {
        long n = NpyArray.count(shape);
        MemorySegment out = arena.allocate(Math.max(n * width, 1), 64).asSlice(0, n * width);
        int[] index = new int[shape.length];
        for (long c = 0; c < n; c++) {
            long f = 0;
            long stride = 1;
            for (int axis = 0; axis < shape.length; axis++) {
                f += index[axis] * stride;
                stride *= shape[axis];
            }
            MemorySegment.copy(columnMajor, f * width, out, c * width, width);
            for (int axis = shape.length - 1; axis >= 0 && ++index[axis] == shape[axis]; axis--) {
                index[axis] = 0;
            }
        }
        return out;
    }

    private static void swapBytes(MemorySegment data, int width) {
        long n = data.byteSize() / width;
        for (long i = 0; i < n; i++) {
            long base = i * width;
            for (int a = 0, b = width - 1; a < b; a++, b--) {
                byte x = data.get(ValueLayout.JAVA_BYTE, base + a);
                data.set(ValueLayout.JAVA_BYTE, base + a, data.get(ValueLayout.JAVA_BYTE, base + b));
                data.set(ValueLayout.JAVA_BYTE, base + b, x);
            }
        }
    }
}

package org.jcanns.analysis.mat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jcanns.core.io.MalformedFileException;
import org.jcanns.core.memory.MemoryLimit;
import org.jcanns.spi.analysis.NumericArray;

/**
 * Reads the numeric subset of MATLAB's Level 5 MAT files ({@code save -v7} and {@code -v6}, scipy's
 * {@code savemat}): real numeric and logical arrays (logical as 0 and 1) of any class, cell arrays of them,
 * compressed or not, either byte order. Other classes (struct, char, sparse, complex) are listed as
 * {@link MatVariable.Unsupported}; v7.3 files (HDF5) are refused with a message saying how to re-save them.
 *
 * <p>Our own reader rather than a library: the subset experimental labs use for recordings is small, and every
 * size read from the file is checked against the bytes actually there before anything is allocated.
 */
public final class MatFile {
    private static final int MI_INT8 = 1;
    private static final int MI_UINT8 = 2;
    private static final int MI_INT16 = 3;
    private static final int MI_UINT16 = 4;
    private static final int MI_INT32 = 5;
    private static final int MI_UINT32 = 6;
    private static final int MI_SINGLE = 7;
    private static final int MI_DOUBLE = 9;
    private static final int MI_INT64 = 12;
    private static final int MI_UINT64 = 13;
    private static final int MI_MATRIX = 14;
    private static final int MI_COMPRESSED = 15;
    private static final int MX_CELL = 1;
    private static final int MX_DOUBLE = 6;
    private static final int MX_UINT64 = 15;
    private static final String[] CLASS_NAMES = {"", "cell", "struct", "object", "char", "sparse", "double",
        "single", "int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64"};
    /** The largest file or decompressed variable read: Java arrays are int-indexed. */
    private static final long MAX_BYTES = Integer.MAX_VALUE - 64;

    private final String source;

    private MatFile(String source) {
        this.source = source;
    }

    /** The variables of {@code file}, by name in file order. */
    public static Map<String, MatVariable> read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_BYTES) {
            throw new MalformedFileException(file.toString(), "MAT file of " + size
                    + " bytes is larger than jcanns reads (2 GiB)");
        }
        MemoryLimit.require(size, file + ": reading the MAT file");
        return read(Files.readAllBytes(file), file.toString());
    }

    /** The variables of a MAT file held in {@code bytes}; {@code source} names it in errors. */
    public static Map<String, MatVariable> read(byte[] bytes, String source) throws IOException {
        return new MatFile(source).parse(bytes);
    }

    private Map<String, MatVariable> parse(byte[] bytes) throws IOException {
        if (bytes.length < 128) {
            throw bad("too short for a MAT file header (" + bytes.length + " bytes)");
        }
        String text = new String(bytes, 0, 116, StandardCharsets.ISO_8859_1);
        if ((bytes.length >= 512 && new String(bytes, 0, 8, StandardCharsets.ISO_8859_1).equals("\u0089HDF\r\n\u001a\n"))
                || text.startsWith("MATLAB 7.3")) {
            throw bad("MAT v7.3 (HDF5) files are not supported; re-save in MATLAB with save(file, '-v7') or in "
                    + "python with scipy.io.savemat");
        }
        if (!text.startsWith("MATLAB 5.0 MAT-file")) {
            throw bad("not a MAT v5 file (its header does not start with 'MATLAB 5.0 MAT-file')");
        }
        ByteOrder order = bytes[126] == 'I' && bytes[127] == 'M' ? ByteOrder.LITTLE_ENDIAN
                : bytes[126] == 'M' && bytes[127] == 'I' ? ByteOrder.BIG_ENDIAN : null;
        if (order == null) {
            throw bad("unknown byte-order mark in the MAT header");
        }
        ByteBuffer buf = ByteBuffer.wrap(bytes).order(order);
        buf.position(128);
        Map<String, MatVariable> vars = new LinkedHashMap<>();
        while (buf.remaining() >= 8) {
            Element e = element(buf);
            if (e.type == MI_COMPRESSED) {
                ByteBuffer inner = ByteBuffer.wrap(inflate(e.data)).order(order);
                while (inner.remaining() >= 8) {
                    named(element(inner), vars);
                }
            } else {
                named(e, vars);
            }
        }
        return vars;
    }

    private void named(Element e, Map<String, MatVariable> vars) throws IOException {
        if (e.type != MI_MATRIX) {
            return;
        }
        String[] name = new String[1];
        MatVariable v = matrix(e.data, name);
        vars.put(name[0], v);
    }

    /** A tag and its data; the buffer moves past the element and its padding to 8 bytes. */
    private record Element(int type, ByteBuffer data) {
    }

    private Element element(ByteBuffer buf) throws IOException {
        if (buf.remaining() < 8) {
            throw bad("truncated data element (" + buf.remaining() + " bytes left, a tag takes 8)");
        }
        int first = buf.getInt();
        int type;
        int length;
        boolean small = (first >>> 16) != 0;
        if (small) {
            // Small data element: type and length packed in one word, up to 4 bytes of data in the next.
            type = first & 0xffff;
            length = first >>> 16;
            if (length > 4) {
                throw bad("corrupt small data element of " + length + " bytes");
            }
        } else {
            type = first;
            long l = Integer.toUnsignedLong(buf.getInt());
            if (l > buf.remaining()) {
                throw bad("data element of " + l + " bytes but only " + buf.remaining() + " left (truncated file?)");
            }
            length = (int) l;
        }
        int start = buf.position();
        if ((small && buf.remaining() < 4) || length > buf.remaining()) {
            throw bad("truncated data element");
        }
        ByteBuffer data = buf.slice(start, length).order(buf.order());
        int padded = small ? 4 : type == MI_COMPRESSED ? length : (length + 7) & ~7;
        buf.position(Math.min(buf.limit(), start + padded));
        return new Element(type, data);
    }

    private byte[] inflate(ByteBuffer data) throws IOException {
        byte[] in = new byte[data.remaining()];
        data.get(in);
        Inflater inflater = new Inflater();
        inflater.setInput(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, in.length * 2));
        byte[] chunk = new byte[1 << 16];
        try {
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw bad("truncated compressed variable");
                }
                if (out.size() + (long) n > MAX_BYTES) {
                    throw bad("a compressed variable inflates to more than 2 GiB");
                }
                MemoryLimit.require(out.size() + (long) n, source + ": a compressed variable");
                out.write(chunk, 0, n);
            }
        } catch (DataFormatException e) {
            throw bad("corrupt compressed variable: " + e.getMessage());
        } finally {
            inflater.end();
        }
        return out.toByteArray();
    }

    /** An miMATRIX element's content; {@code name[0]} receives its array name. */
    private MatVariable matrix(ByteBuffer m, String[] name) throws IOException {
        if (!m.hasRemaining()) {
            name[0] = "";
            return new MatVariable.Numeric(NumericArray.of(new double[0], 0, 0));
        }
        ByteBuffer flags = element(m).data;
        if (flags.remaining() < 8) {
            throw bad("array flags of " + flags.remaining() + " bytes, expected 8");
        }
        int word = flags.getInt(0);
        int mxClass = word & 0xff;
        boolean complex = (word & 0x800) != 0;
        int[] dims = dims(element(m).data);
        ByteBuffer nameBytes = element(m).data;
        byte[] nb = new byte[nameBytes.remaining()];
        nameBytes.get(nb);
        name[0] = new String(nb, StandardCharsets.UTF_8);
        String what = (mxClass < CLASS_NAMES.length ? CLASS_NAMES[mxClass] : "class " + mxClass)
                + " array " + Arrays.toString(dims);
        if (mxClass == MX_CELL) {
            long n = count(dims);
            List<MatVariable> cells = new ArrayList<>();
            for (long i = 0; i < n; i++) {
                if (m.remaining() < 8) {
                    throw bad("cell array '" + name[0] + "' has fewer elements than its " + n + " cells");
                }
                Element e = element(m);
                if (e.type != MI_MATRIX) {
                    throw bad("cell array '" + name[0] + "' holds a non-matrix element");
                }
                cells.add(matrix(e.data, new String[1]));
            }
            return new MatVariable.Cell(cells, dims);
        }
        if (mxClass < MX_DOUBLE || mxClass > MX_UINT64 || complex) {
            return new MatVariable.Unsupported((complex ? "complex " : "") + what);
        }
        Element real = element(m);
        long n = count(dims);
        MemoryLimit.require(MemoryLimit.times(n, 16), source + ": variable '" + name[0] + "' " + what);
        double[] values = numbers(real, n, name[0]);
        return new MatVariable.Numeric(new NumericArray(rowMajor(values, dims), dims));
    }

    private int[] dims(ByteBuffer d) throws IOException {
        if (d.remaining() % 4 != 0 || d.remaining() < 8) {
            throw bad("corrupt dimensions element");
        }
        int[] dims = new int[d.remaining() / 4];
        for (int i = 0; i < dims.length; i++) {
            dims[i] = d.getInt();
            if (dims[i] < 0) {
                throw bad("negative dimension " + dims[i]);
            }
        }
        return dims;
    }

    private long count(int[] dims) throws IOException {
        long n = 1;
        for (int d : dims) {
            n *= d;
            if (n > MAX_BYTES) {
                throw bad("an array of " + Arrays.toString(dims) + " elements is larger than jcanns reads");
            }
        }
        return n;
    }

    /** The {@code n} values of a numeric element (any stored type) as doubles, after checking its size. */
    private double[] numbers(Element e, long n, String var) throws IOException {
        int width = switch (e.type) {
            case MI_INT8, MI_UINT8 -> 1;
            case MI_INT16, MI_UINT16 -> 2;
            case MI_INT32, MI_UINT32, MI_SINGLE -> 4;
            case MI_DOUBLE, MI_INT64, MI_UINT64 -> 8;
            default -> throw bad("variable '" + var + "' stores its values as data type " + e.type
                    + ", not a number type");
        };
        ByteBuffer b = e.data;
        if ((long) b.remaining() != n * width) {
            throw bad("variable '" + var + "' has " + b.remaining() + " bytes of data, its dimensions need "
                    + n * width);
        }
        double[] v = new double[(int) n];
        for (int i = 0; i < v.length; i++) {
            v[i] = switch (e.type) {
                case MI_INT8 -> b.get();
                case MI_UINT8 -> Byte.toUnsignedInt(b.get());
                case MI_INT16 -> b.getShort();
                case MI_UINT16 -> Short.toUnsignedInt(b.getShort());
                case MI_INT32 -> b.getInt();
                case MI_UINT32 -> Integer.toUnsignedLong(b.getInt());
                case MI_SINGLE -> b.getFloat();
                case MI_INT64 -> b.getLong();
                case MI_UINT64 -> unsigned(b.getLong());
                default -> b.getDouble();
            };
        }
        return v;
    }

    private static double unsigned(long x) {
        return x >= 0 ? x : (double) (x >>> 1) * 2.0 + (x & 1);
    }

    /** MATLAB's column-major values reordered to row-major for the same dimensions. */
    private static double[] rowMajor(double[] columnMajor, int[] dims) {
        int rank = dims.length;
        double[] out = new double[columnMajor.length];
        int[] index = new int[rank];
        for (int c = 0; c < out.length; c++) {
            // c walks the row-major order: the last axis fastest.
            long f = 0;
            long stride = 1;
            for (int axis = 0; axis < rank; axis++) {
                f += index[axis] * stride;
                stride *= dims[axis];
            }
            out[c] = columnMajor[(int) f];
            for (int axis = rank - 1; axis >= 0 && ++index[axis] == dims[axis]; axis--) {
                index[axis] = 0;
            }
        }
        return out;
    }

    private IOException bad(String what) {
        return new MalformedFileException(source, what);
    }
}

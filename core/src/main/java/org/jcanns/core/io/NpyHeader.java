package org.jcanns.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jcanns.core.memory.MemoryLimit;

/**
 * The header of a {@code .npy} array, read and checked in full before any of its data is allocated: magic and
 * version, a header dict that is exactly numpy's ({@code {'descr': ..., 'fortran_order': ..., 'shape': (...)}},
 * nothing missing, repeated or extra), a numeric dtype, non-negative dimensions, and a data size that both fits the
 * bytes that follow and stays within the {@link MemoryLimit}.
 */
record NpyHeader(DType.Descr descr, boolean fortranOrder, int[] shape, int length) {
    static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    /** numpy writes headers of a few hundred bytes; far larger is a corrupt length, refused before reading it. */
    static final int MAX_DICT = 1 << 20;

    /** Bytes of data the header declares. */
    long dataBytes() {
        long n = descr.type().bytes();
        for (int d : shape) {
            n = MemoryLimit.times(n, d);
        }
        return n;
    }

    /**
     * Reads the header at the start of {@code in}, which holds at most {@code available} bytes in all; refuses
     * anything malformed, and a declared size larger than what follows (see {@link #requireMemory} for the rest).
     */
    static NpyHeader read(InputStream in, String source, long available) throws IOException {
        byte[] start = readFully(in, 8, source, "its header");
        if (!Arrays.equals(Arrays.copyOf(start, 6), MAGIC)) {
            throw new MalformedFileException(source, "not a .npy file (it does not start with numpy's magic bytes)");
        }
        int version = start[6];
        long dictLength;
        int prefix;
        if (version == 1) {
            byte[] l = readFully(in, 2, source, "its header");
            dictLength = (l[0] & 0xff) | (l[1] & 0xff) << 8;
            prefix = 10;
        } else if (version == 2 || version == 3) {
            byte[] l = readFully(in, 4, source, "its header");
            dictLength = (l[0] & 0xffL) | (l[1] & 0xffL) << 8 | (l[2] & 0xffL) << 16 | (l[3] & 0xffL) << 24;
            prefix = 12;
        } else {
            throw new MalformedFileException(source, "unsupported .npy format version " + version
                    + " (supported: 1, 2, 3)");
        }
        if (dictLength > MAX_DICT || dictLength > available - prefix) {
            throw new MalformedFileException(source, "corrupt .npy header: it declares a header of " + dictLength
                    + " bytes" + (dictLength > MAX_DICT ? " (at most " + MAX_DICT + " are read)"
                    : ", the file holds " + Math.max(0, available - prefix) + " after the prefix"));
        }
        String dict = new String(readFully(in, (int) dictLength, source, "its header"),
                version == 3 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
        NpyHeader h = parse(dict, source, prefix + (int) dictLength);
        long bytes = h.dataBytes();
        long left = available - h.length;
        if (bytes > left) {
            throw new MalformedFileException(source, "truncated .npy data: the header declares "
                    + (bytes == Long.MAX_VALUE ? "more than 8 EiB" : bytes + " bytes") + " (" + h.describe()
                    + "), at most " + Math.max(0, left) + " follow it");
        }
        return h;
    }

    /** Fails unless reading the data (and reordering a Fortran-ordered array) fits the memory limit. */
    void requireMemory(String source) {
        long bytes = dataBytes();
        MemoryLimit.require(fortranOrder && shape.length > 1 ? MemoryLimit.times(bytes, 2) : bytes,
                source + ": the array " + describe());
    }

    /** The dtype and shape, as in messages: {@code float32 (40000, 40000)}. */
    String describe() {
        StringBuilder s = new StringBuilder(descr.type().name().toLowerCase(java.util.Locale.ROOT)).append(" (");
        for (int i = 0; i < shape.length; i++) {
            s.append(i == 0 ? "" : ", ").append(shape[i]);
        }
        return s.append(shape.length == 1 ? ",)" : ")").toString();
    }

    /** Parses numpy's header dict strictly; {@code length} is the header's size in the file, prefix included. */
    static NpyHeader parse(String dict, String source, int length) throws MalformedFileException {
        Map<String, Object> fields = new Parser(dict, source).dict();
        if (!fields.keySet().equals(Set.of("descr", "fortran_order", "shape"))) {
            throw new MalformedFileException(source, "corrupt .npy header: expected the keys 'descr', "
                    + "'fortran_order' and 'shape', found " + fields.keySet());
        }
        if (!(fields.get("descr") instanceof String descr)) {
            throw new MalformedFileException(source, "unsupported numpy dtype: a structured dtype (a list of "
                    + "fields); jcanns reads arrays of one numeric type");
        }
        if (!(fields.get("fortran_order") instanceof Boolean fortran)) {
            throw new MalformedFileException(source, "corrupt .npy header: 'fortran_order' must be True or False");
        }
        if (!(fields.get("shape") instanceof long[] dims)) {
            throw new MalformedFileException(source, "corrupt .npy header: 'shape' must be a tuple of integers");
        }
        DType.Descr d;
        try {
            d = DType.parse(descr);
        } catch (IllegalArgumentException e) {
            if (descr.endsWith("O")) {
                throw new ObjectArrayException(source, e.getMessage());
            }
            throw new MalformedFileException(source, e.getMessage());
        }
        int[] shape = new int[dims.length];
        for (int i = 0; i < dims.length; i++) {
            if (dims[i] < 0 || dims[i] > Integer.MAX_VALUE) {
                throw new MalformedFileException(source, "corrupt .npy header: dimension " + dims[i] + " of shape "
                        + Arrays.toString(dims) + (dims[i] < 0 ? " is negative" : " is larger than jcanns reads ("
                        + Integer.MAX_VALUE + ")"));
            }
            shape[i] = (int) dims[i];
        }
        long elements = 1;
        for (int dim : shape) {
            // Zero dimensions aside (an empty array): the others must still multiply to a count.
            elements = MemoryLimit.times(elements, Math.max(dim, 1));
        }
        if (elements == Long.MAX_VALUE) {
            throw new MalformedFileException(source, "corrupt .npy header: shape " + Arrays.toString(shape)
                    + " has more elements than can be counted");
        }
        return new NpyHeader(d, fortran, shape, length);
    }

    private static byte[] readFully(InputStream in, int n, String source, String what) throws IOException {
        byte[] b = in.readNBytes(n);
        if (b.length != n) {
            throw new MalformedFileException(source, "truncated .npy file: it ends inside " + what);
        }
        return b;
    }

    /** A recursive-descent reader of the Python literal numpy writes: a dict of strings, booleans and int tuples. */
    private static final class Parser {
        private final String text;
        private final String source;
        private int at;

        Parser(String text, String source) {
            this.text = text;
            this.source = source;
        }

        Map<String, Object> dict() throws MalformedFileException {
            expect('{');
            Map<String, Object> fields = new LinkedHashMap<>();
            while (peek() != '}') {
                String key = string();
                expect(':');
                Object value = value();
                if (fields.put(key, value) != null) {
                    throw bad("key '" + key + "' appears twice");
                }
                if (peek() != ',') {
                    break;
                }
                at++;
            }
            expect('}');
            if (!text.substring(at).isBlank()) {
                throw bad("unexpected text after the closing brace");
            }
            return fields;
        }

        private Object value() throws MalformedFileException {
            char c = peek();
            if (c == '\'' || c == '"') {
                return string();
            }
            if (c == '(') {
                return tuple();
            }
            if (c == '[') {
                return list();
            }
            for (String word : new String[] {"True", "False"}) {
                if (text.startsWith(word, at)) {
                    at += word.length();
                    return word.equals("True");
                }
            }
            throw bad("unexpected " + (c == 0 ? "end of header" : "'" + c + "'"));
        }

        /** Skips a list (a structured dtype's fields), brackets balanced; returns it unparsed. */
        private List<Object> list() throws MalformedFileException {
            int depth = 0;
            do {
                char c = at < text.length() ? text.charAt(at) : 0;
                if (c == 0) {
                    throw bad("unterminated list");
                }
                depth += c == '[' || c == '(' ? 1 : c == ']' || c == ')' ? -1 : 0;
                at++;
            } while (depth > 0);
            return List.of();
        }

        private long[] tuple() throws MalformedFileException {
            expect('(');
            List<Long> dims = new ArrayList<>();
            while (peek() != ')') {
                dims.add(integer());
                if (peek() != ',') {
                    break;
                }
                at++;
            }
            expect(')');
            return dims.stream().mapToLong(Long::longValue).toArray();
        }

        private long integer() throws MalformedFileException {
            peek();
            int begin = at;
            if (at < text.length() && text.charAt(at) == '-') {
                at++;
            }
            while (at < text.length() && Character.isDigit(text.charAt(at)) && at - begin < 20) {
                at++;
            }
            String digits = text.substring(begin, at);
            if (at < text.length() && text.charAt(at) == 'L') {
                at++; // Python 2 long literal
            }
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                int end = begin;
                while (end < text.length() && end - begin < 20 && ",)".indexOf(text.charAt(end)) < 0
                        && !Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                throw bad("'shape' holds '" + text.substring(begin, end) + "', not a dimension");
            }
        }

        private String string() throws MalformedFileException {
            char quote = peek();
            if (quote != '\'' && quote != '"') {
                throw bad("expected a quoted key or value");
            }
            int end = text.indexOf(quote, at + 1);
            if (end < 0) {
                throw bad("unterminated string");
            }
            String s = text.substring(at + 1, end);
            at = end + 1;
            return s;
        }

        private void expect(char c) throws MalformedFileException {
            if (peek() != c) {
                throw bad("expected '" + c + "'" + (peek() == 0 ? " before the end of the header" : ", found '"
                        + peek() + "'"));
            }
            at++;
        }

        /** The next character after whitespace (0 at the end), without consuming it. */
        private char peek() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at < text.length() ? text.charAt(at) : 0;
        }

        private MalformedFileException bad(String what) {
            return new MalformedFileException(source, "corrupt .npy header: " + what);
        }
    }
}

package org.jcanns.core.io;

/** The numpy element types jcanns reads and writes, with their little-endian {@code descr} codes. */
public enum DType {
    /** 32-bit IEEE float ({@code <f4}). */
    FLOAT32("f4", 4),
    /** 64-bit IEEE float ({@code <f8}). */
    FLOAT64("f8", 8),
    /** Signed 8-bit integer ({@code |i1}). */
    INT8("i1", 1),
    /** Unsigned 8-bit integer ({@code |u1}). */
    UINT8("u1", 1),
    /** Signed 32-bit integer ({@code <i4}). */
    INT32("i4", 4),
    /** Signed 64-bit integer ({@code <i8}). */
    INT64("i8", 8),
    /** numpy bool, one byte holding 0 or 1 ({@code |b1}). */
    BOOL("b1", 1);

    private final String code;
    private final int bytes;

    DType(String code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** The numpy {@code descr} string jcanns writes: little-endian, or {@code |} for single bytes. */
    public String descr() {
        return (bytes == 1 ? "|" : "<") + code;
    }

    /** A parsed numpy {@code descr}: the type and whether its bytes are big-endian. */
    public record Descr(DType type, boolean bigEndian) {
    }

    /**
     * Parses a numpy {@code descr} such as {@code <f4}, {@code >i8} or {@code |b1}, by its exact code: anything
     * but the numeric types above (strings {@code <U1}, objects {@code |O}, complex, datetimes...) is refused.
     */
    public static Descr parse(String descr) {
        if (descr.length() >= 2 && "<>|=".indexOf(descr.charAt(0)) >= 0) {
            char order = descr.charAt(0);
            String code = descr.substring(1).equals("?") ? "b1" : descr.substring(1);
            for (DType t : values()) {
                if (t.code.equals(code)) {
                    return new Descr(t, order == '>' && t.bytes > 1);
                }
            }
        }
        throw new IllegalArgumentException("unsupported numpy dtype '" + descr + "'" + kind(descr)
                + "; jcanns reads float32, float64, int8, uint8, int32, int64 and bool");
    }

    /** What a refused dtype holds, from numpy's kind letter, for the message. */
    private static String kind(String descr) {
        String code = descr.length() >= 2 && "<>|=".indexOf(descr.charAt(0)) >= 0 ? descr.substring(1) : descr;
        return switch (code.isEmpty() ? ' ' : code.charAt(0)) {
            case 'U' -> " (unicode strings)";
            case 'S', 'a' -> " (byte strings)";
            case 'O' -> " (Python objects, pickled)";
            case 'c' -> " (complex numbers)";
            case 'M', 'm' -> " (dates or time spans)";
            case 'V' -> " (raw bytes or records)";
            case 'f', 'i', 'u', 'b' -> " (a numeric type of another size)";
            default -> "";
        };
    }
}

package org.jcanns.core.io;

import java.util.Locale;

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

    /** Parses a numpy {@code descr} such as {@code <f4}, {@code >i8} or {@code |b1}. */
    public static Descr parse(String descr) {
        if (descr.length() >= 2) {
            char order = descr.charAt(0);
            String code = descr.substring(1).toLowerCase(Locale.ROOT);
            if (code.equals("?")) {
                code = "b1";
            }
            for (DType t : values()) {
                if (t.code.equals(code) && (order == '<' || order == '>' || order == '|' || order == '=')) {
                    return new Descr(t, order == '>' && t.bytes > 1);
                }
            }
        }
        throw new IllegalArgumentException("unsupported numpy dtype '" + descr
                + "'; supported: float32, float64, int8, uint8, int32, int64, bool");
    }
}

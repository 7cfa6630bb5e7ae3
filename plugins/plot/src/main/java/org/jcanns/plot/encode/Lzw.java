package org.jcanns.plot.encode;

import java.util.Arrays;

/**
 * GIF's variable-length LZW compression of one frame's palette indices into data sub-blocks. The string table is
 * an open-addressing hash (5003 slots, double hashing) as in the classic Unix {@code compress}: small enough to
 * stay in L1/L2 cache. One instance per thread; buffers are reused across frames.
 */
public final class Lzw {
    private static final int MAX_BITS = 12;
    private static final int MAX_CODES = 1 << MAX_BITS;
    private static final int HSIZE = 5003;
    private static final int HSHIFT = 4;
    private final int[] hashKeys = new int[HSIZE];
    private final int[] hashCodes = new int[HSIZE];
    private byte[] out = new byte[1 << 16];
    private int length;
    private final byte[] block = new byte[255];
    private int blockFill;
    private long accumulator;
    private int bits;
    private int codeBits;
    private int maxCode;
    private int initBits;
    private int clearCode;
    private int nextCode;
    private boolean clearPending;

    /**
     * Compresses {@code n} indices of {@code minCodeSize} bits (8 for a 256-colour table) and returns the image
     * data as GIF stores it: the minimum code size byte, sub-blocks of at most 255 bytes, and the 0 terminator.
     */
    public byte[] encode(byte[] pixels, int n, int minCodeSize) {
        length = 0;
        blockFill = 0;
        accumulator = 0;
        bits = 0;
        put((byte) minCodeSize);
        initBits = minCodeSize + 1;
        codeBits = initBits;
        maxCode = (1 << codeBits) - 1;
        clearCode = 1 << minCodeSize;
        int eof = clearCode + 1;
        nextCode = clearCode + 2;
        clearPending = false;
        Arrays.fill(hashKeys, -1);
        emit(clearCode);
        int prefix = n > 0 ? pixels[0] & 0xff : 0;
        outer:
        for (int i = 1; i < n; i++) {
            int c = pixels[i] & 0xff;
            int key = (c << MAX_BITS) + prefix;
            int h = (c << HSHIFT) ^ prefix;
            if (hashKeys[h] == key) {
                prefix = hashCodes[h];
                continue;
            }
            if (hashKeys[h] >= 0) {
                int step = h == 0 ? 1 : HSIZE - h;
                do {
                    h -= step;
                    if (h < 0) {
                        h += HSIZE;
                    }
                    if (hashKeys[h] == key) {
                        prefix = hashCodes[h];
                        continue outer;
                    }
                } while (hashKeys[h] >= 0);
            }
            emit(prefix);
            prefix = c;
            if (nextCode < MAX_CODES) {
                hashCodes[h] = nextCode++;
                hashKeys[h] = key;
            } else {
                // Table full: start afresh, as every GIF decoder expects after a clear code.
                Arrays.fill(hashKeys, -1);
                nextCode = clearCode + 2;
                clearPending = true;
                emit(clearCode);
            }
        }
        if (n > 0) {
            emit(prefix);
        }
        emit(eof);
        while (bits > 0) {
            subBlockByte((byte) accumulator);
            accumulator >>>= 8;
            bits = Math.max(0, bits - 8);
        }
        if (blockFill > 0) {
            flushBlock();
        }
        put((byte) 0);
        return Arrays.copyOf(out, length);
    }

    private void emit(int code) {
        accumulator |= ((long) code) << bits;
        bits += codeBits;
        while (bits >= 8) {
            subBlockByte((byte) accumulator);
            accumulator >>>= 8;
            bits -= 8;
        }
        // The code width grows once the next code no longer fits, after the code that filled it is written.
        if (clearPending) {
            codeBits = initBits;
            maxCode = (1 << codeBits) - 1;
            clearPending = false;
        } else if (nextCode > maxCode) {
            codeBits++;
            maxCode = codeBits == MAX_BITS ? MAX_CODES : (1 << codeBits) - 1;
        }
    }

    private void subBlockByte(byte b) {
        block[blockFill++] = b;
        if (blockFill == 255) {
            flushBlock();
        }
    }

    private void flushBlock() {
        put((byte) blockFill);
        for (int i = 0; i < blockFill; i++) {
            put(block[i]);
        }
        blockFill = 0;
    }

    private void put(byte b) {
        if (length == out.length) {
            out = Arrays.copyOf(out, out.length * 2);
        }
        out[length++] = b;
    }
}

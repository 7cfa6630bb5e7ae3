package org.jcanns.cli;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import org.jcanns.core.io.MalformedFileException;

/**
 * Checks that a PNG file is whole before it is decoded: every chunk complete with a matching CRC, up to IEND.
 * Java's decoder accepts a file cut inside its image data and fills the rest, so a truncated picture would
 * otherwise be stored as if it were the real one.
 */
final class PngChunks {
    private PngChunks() {
    }

    /** Fails with a one-line error naming {@code file} unless its chunks are complete and end with IEND. */
    static void check(Path file) throws IOException {
        long size = Files.size(file);
        try (InputStream raw = Files.newInputStream(file);
             DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(raw))) {
            in.skipNBytes(8);
            long at = 8;
            byte[] buf = new byte[1 << 16];
            while (true) {
                long length = Integer.toUnsignedLong(in.readInt());
                byte[] type = in.readNBytes(4);
                if (type.length < 4 || length > size - at - 12) {
                    throw new MalformedFileException(file.toString(), "truncated PNG: a chunk runs past the end of "
                            + "the file");
                }
                CRC32 crc = new CRC32();
                crc.update(type);
                for (long left = length; left > 0; ) {
                    int n = in.read(buf, 0, (int) Math.min(buf.length, left));
                    if (n < 0) {
                        throw new EOFException();
                    }
                    crc.update(buf, 0, n);
                    left -= n;
                }
                if ((int) crc.getValue() != in.readInt()) {
                    throw new MalformedFileException(file.toString(), "corrupt PNG: chunk "
                            + new String(type, java.nio.charset.StandardCharsets.ISO_8859_1) + " fails its CRC check");
                }
                at += 12 + length;
                if (new String(type, java.nio.charset.StandardCharsets.ISO_8859_1).equals("IEND")) {
                    return;
                }
            }
        } catch (EOFException e) {
            throw new MalformedFileException(file.toString(), "truncated PNG: it ends before its IEND chunk");
        }
    }
}

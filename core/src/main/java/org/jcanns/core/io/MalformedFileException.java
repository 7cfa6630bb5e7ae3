package org.jcanns.core.io;

import java.io.IOException;

/** A file that is not what it claims to be (corrupt, truncated, unsupported): one line naming it and the fault. */
public class MalformedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /** {@code source: what} as the message. */
    public MalformedFileException(String source, String what) {
        super(source + ": " + printable(what));
    }

    /** As {@link #MalformedFileException(String, String)}, keeping the underlying error as the cause. */
    public MalformedFileException(String source, String what, Throwable cause) {
        super(source + ": " + printable(what), cause);
    }

    /** {@code what} as one printable line of at most 300 characters: it may quote bytes of the file. */
    public static String printable(String what) {
        StringBuilder s = new StringBuilder();
        what.codePoints().limit(300).forEach(c -> {
            if (Character.isISOControl(c)) {
                s.append(String.format(java.util.Locale.ROOT, "\\x%02x", c));
            } else {
                s.appendCodePoint(c);
            }
        });
        return what.codePointCount(0, what.length()) > 300 ? s + "..." : s.toString();
    }
}

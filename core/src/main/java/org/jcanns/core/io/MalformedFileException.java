package org.jcanns.core.io;

import java.io.IOException;

/** A file that is not what it claims to be (corrupt, truncated, unsupported): one line naming it and the fault. */
public final class MalformedFileException extends IOException {
    private static final long serialVersionUID = 1L;

    /** {@code source: what} as the message. */
    public MalformedFileException(String source, String what) {
        super(source + ": " + what);
    }

    /** As {@link #MalformedFileException(String, String)}, keeping the underlying error as the cause. */
    public MalformedFileException(String source, String what, Throwable cause) {
        super(source + ": " + what, cause);
    }
}

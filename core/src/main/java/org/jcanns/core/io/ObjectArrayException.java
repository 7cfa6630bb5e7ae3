package org.jcanns.core.io;

/**
 * An array of pickled Python objects (numpy dtype 'O', e.g. a None field canns saved), which jcanns never unpickles:
 * an error for a reader that wants numbers, a member to leave out for {@link Npz#loadNumeric}.
 */
public final class ObjectArrayException extends MalformedFileException {
    private static final long serialVersionUID = 1L;

    ObjectArrayException(String source, String what) {
        super(source, what);
    }
}

package org.jcanns.core.registry;

/** A lookup by name found nothing; the message lists the names that exist. */
public class UnknownNameException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception. */
    public UnknownNameException(String message) {
        super(message);
    }
}

package org.jcanns.spi.param;

/** A parameter value is missing, unknown, malformed or out of range; the message names it and what is allowed. */
public class ParameterException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    /** Creates an exception about {@code parameter}. */
    public ParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    /** The name of the offending parameter. */
    public String parameter() {
        return parameter;
    }
}

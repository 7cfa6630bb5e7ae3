package org.jcanns.spi.param;

/** The value types a parameter can have. */
public enum ParamType {
    /** A 32-bit integer. */
    INT("an integer"),
    /** A double-precision number. */
    REAL("a number"),
    /** true or false. */
    BOOL("true or false"),
    /** Free text (file paths, names). */
    TEXT("text"),
    /** One of a fixed set of words. */
    CHOICE("one of"),
    /** A comma-separated list of numbers. */
    REALS("a comma-separated list of numbers"),
    /** A comma-separated list of integers. */
    INTS("a comma-separated list of integers");

    private final String description;

    ParamType(String description) {
        this.description = description;
    }

    /** How the type reads in an error message. */
    public String description() {
        return description;
    }
}

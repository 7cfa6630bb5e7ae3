package org.jcanns.spi;

import org.jcanns.spi.param.ParameterSpec;

/** What every plugin provider has: a short name, a one-line description and a parameter spec. */
public interface Provider {
    /** Short kebab-case name used for lookup, e.g. {@code cann1d} or {@code smooth-tracking-1d}. */
    String name();

    /** One line saying what the provided object is. */
    String description();

    /** The parameters {@code create} accepts, with types, defaults, ranges and docs. */
    ParameterSpec parameters();
}

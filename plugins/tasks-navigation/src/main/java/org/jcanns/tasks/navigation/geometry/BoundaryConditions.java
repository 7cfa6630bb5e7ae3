package org.jcanns.tasks.navigation.geometry;

/** What happens at the edge of the environment: a solid wall, or wrapping round to the other side. */
public enum BoundaryConditions {
    /** The boundary is a wall the agent is repelled by and bounces off. */
    SOLID,
    /** Leaving one side enters the opposite one (rectangular environments only). */
    PERIODIC;

    /** The conditions called {@code name} (solid or periodic). */
    public static BoundaryConditions of(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "solid" -> SOLID;
            case "periodic" -> PERIODIC;
            default -> throw new IllegalArgumentException("boundary_conditions: expected solid or periodic, got '"
                    + name + "'");
        };
    }
}

/** Open-loop and closed-loop navigation tasks, trajectory import and geodesic distances; the task and geodesic classes are API for Java users. */
module org.jcanns.tasks.navigation {
    requires transitive org.jcanns.core;

    exports org.jcanns.tasks.navigation;
    exports org.jcanns.tasks.navigation.agent;
    exports org.jcanns.tasks.navigation.geodesic;
    exports org.jcanns.tasks.navigation.geometry;

    provides org.jcanns.spi.task.TaskProvider with org.jcanns.tasks.navigation.OpenLoopNavigationProvider,
            org.jcanns.tasks.navigation.ClosedLoopNavigationProvider,
            org.jcanns.tasks.navigation.TMazeProvider;
}

package org.jcanns.tasks.navigation;

import java.util.List;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.ParameterSpec;
import org.jcanns.spi.task.TaskProvider;

/** What the navigation task providers share: a name, a one-line description and their parameters. */
abstract class NavigationTaskProvider implements TaskProvider {
    private final String name;
    private final String description;
    private final ParameterSpec spec;

    NavigationTaskProvider(String name, String description, List<Param> params) {
        this.name = name;
        this.description = description;
        this.spec = new ParameterSpec("task '" + name + "'", params);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ParameterSpec parameters() {
        return spec;
    }
}

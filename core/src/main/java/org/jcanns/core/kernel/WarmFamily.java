package org.jcanns.core.kernel;

import java.util.List;

/** A kernel family of the {@code warm} tier: its kernels' switches, which {@link Kernels} settles for a run. */
public interface WarmFamily {
    /** One switch per kernel of the family. */
    List<WarmSwitch> switches();
}

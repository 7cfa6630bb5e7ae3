"""numpy reference of canns' ThetaSweepPipeline simulation (canns-reference §6): the trajectory imported as canns'
import_data + calculate_theta_sweep_data (tasks-navigation's navigation_reference.py), then canns' direction-cell
and grid-cell networks (models-navigation's theta_reference.py, float64, noise 0) stepped once per sample with
the theta modulation of the chosen units.

    python3 theta_sweep_reference.py IN.npz OUT.npz
        IN: positions (n, 2), times (n), dt, num_gc_x, seed_units (0-d; 1: t = i*dt as canns' seed, 0: t = i)
        OUT: canns' data keys (internal_position, internal_direction, gc_activity, gc_bump, dc_activity,
             theta_phase, theta_modulation_hd, theta_modulation_gc, position, direction, linear_speed_gains,
             ang_speed_gains, time_steps)
"""
import os
import sys

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
PLUGINS = os.path.join(HERE, "..", "..", "..", "..")
sys.path.insert(0, os.path.join(PLUGINS, "models-navigation", "src", "test", "python"))
sys.path.insert(0, os.path.join(PLUGINS, "tasks-navigation", "src", "test", "python"))

import navigation_reference as nav  # noqa: E402
import theta_reference as theta  # noqa: E402


def main(inp, out):
    z = np.load(inp)
    dt = float(z["dt"])
    n = int(z["num_gc_x"])
    seed_units = bool(int(z["seed_units"]))
    data = nav.import_data(z["positions"], z["times"], dt)
    data.update(nav.theta_sweep_data(data, dt))
    pos, hd = data["position"], data["hd_angle"]
    lin, ang = data["linear_speed_gains"], data["ang_speed_gains"]
    dc = theta.DirectionCells()
    gc = theta.GridCells(num_gc_x=n, tie="canns" if n % 2 else "nearest")
    keys = ("internal_position", "internal_direction", "gc_activity", "gc_bump", "dc_activity", "theta_phase",
            "theta_modulation_hd", "theta_modulation_gc")
    rec = {k: [] for k in keys}
    for i in range(len(pos)):
        phase, mod_hd, mod_gc = theta.theta_modulation(i, lin[i], ang[i], dt=dt if seed_units else 1.0)
        dc.update(hd[i], mod_hd)
        gc.update(pos[i], dc.r, mod_gc)
        for k, v in zip(keys, (gc.center_position, [dc.center], gc.r, gc.gc_bump, dc.r, phase, mod_hd, mod_gc)):
            rec[k].append(np.array(v, dtype=float, copy=True))
    result = {k: np.array(v) for k, v in rec.items()}
    result.update(position=pos, direction=hd, linear_speed_gains=lin, ang_speed_gains=ang,
                  time_steps=np.arange(len(pos)))
    np.savez(out, **result)


if __name__ == "__main__":
    main(*sys.argv[1:])

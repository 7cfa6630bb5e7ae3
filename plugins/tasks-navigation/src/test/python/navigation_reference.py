"""numpy reference of canns' open-loop navigation data (canns-reference §3.3), written from canns' SEED source
(task/open_loop_navigation.py: import_data, calculate_theta_sweep_data, map2pi) and checked by the Java tests.

    python3 navigation_reference.py import IN.npz OUT.npz
        IN holds positions (n, 2), dt (0-d) and optionally times (n,), head_direction (n,) and task_dt (0-d,
        the task's dt that calculate_theta_sweep_data divides by; default dt). OUT gets canns' nine fields.
    python3 navigation_reference.py normal OUT.npz
        scipy's erfc and norm.ppf on grids, for the Rayleigh speed transform.
"""
import sys

import numpy as np


def map2pi(a):
    b = np.where(a > np.pi, a - np.pi * 2, a)
    return np.where(b < -np.pi, b + np.pi * 2, b)


def import_data(position_data, times=None, dt=None, head_direction=None):
    """canns' OpenLoopNavigationTask.import_data (2D), returning the six fields."""
    n_steps, n_dims = position_data.shape
    assert n_dims == 2 and n_steps >= 2
    if times is None:
        times = np.arange(n_steps) * dt
    position = position_data.copy()
    velocity = np.zeros_like(position)
    time_diffs = np.diff(times)
    pos_diffs = np.diff(position, axis=0)
    velocity[1:] = pos_diffs / time_diffs[:, np.newaxis]
    velocity[0] = velocity[1]
    speed = np.linalg.norm(velocity, axis=1)
    movement_direction = np.where(speed == 0, 0, np.angle(velocity[:, 0] + velocity[:, 1] * 1j))
    if head_direction is None:
        hd_angle = movement_direction.copy()
        for i in range(1, len(hd_angle)):
            if speed[i] == 0:
                hd_angle[i] = hd_angle[i - 1]
    else:
        hd_angle = head_direction.copy()
    rot_vel = np.zeros_like(hd_angle)
    rot_vel[1:] = map2pi(np.diff(hd_angle))
    return dict(position=position, velocity=velocity, speed=speed, movement_direction=movement_direction,
                hd_angle=hd_angle, rot_vel=rot_vel)


def theta_sweep_data(data, dt):
    """canns' calculate_theta_sweep_data."""
    direction_unwrapped = np.unwrap(data["hd_angle"])
    ang_velocity = np.insert(np.diff(direction_unwrapped) / dt, 0, 0)
    speed = data["speed"]
    linear = speed / np.max(speed) if np.max(speed) > 0 else np.zeros_like(speed)
    ang = ang_velocity / np.max(np.abs(ang_velocity)) if np.max(np.abs(ang_velocity)) > 0 else np.zeros_like(
        ang_velocity)
    return dict(ang_velocity=ang_velocity, linear_speed_gains=linear, ang_speed_gains=ang)


def main(argv):
    if argv[0] == "import":
        z = np.load(argv[1])
        dt = float(z["dt"])
        task_dt = float(z["task_dt"]) if "task_dt" in z else dt
        times = z["times"] if "times" in z else None
        hd = z["head_direction"] if "head_direction" in z else None
        data = import_data(z["positions"], times, dt, hd)
        data.update(theta_sweep_data(data, task_dt))
        np.savez(argv[2], **data)
    elif argv[0] == "normal":
        from scipy.special import erfc
        from scipy.stats import norm
        x = np.linspace(-6, 6, 1201)
        p = np.concatenate([np.logspace(-12, -1, 400), np.linspace(0.1, 0.9, 401), 1 - np.logspace(-1, -12, 400)])
        np.savez(argv[1], x=x, erfc=erfc(x), p=p, ppf=norm.ppf(p))
    else:
        raise SystemExit("unknown command " + argv[0])


if __name__ == "__main__":
    main(sys.argv[1:])

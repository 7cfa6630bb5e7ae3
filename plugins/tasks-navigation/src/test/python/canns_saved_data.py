"""Writes navigation data as canns' Task.save_data does for a fresh OpenLoopNavigationData: np.savez_compressed
of every dataclass field, the theta-sweep fields None (stored by numpy as pickled object arrays).

    python3 canns_saved_data.py OUT.npz
"""
import sys

import numpy as np

n = 5
fields = dict(position=np.zeros((n, 2)), velocity=np.zeros((n, 2)), speed=np.arange(n) * 0.1,
              movement_direction=np.zeros(n), hd_angle=np.zeros(n), rot_vel=np.zeros(n),
              ang_velocity=None, linear_speed_gains=None, ang_speed_gains=None)
np.savez_compressed(sys.argv[1], **fields)

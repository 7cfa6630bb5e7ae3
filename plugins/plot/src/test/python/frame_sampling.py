"""canns' frame sampling: frames = int(T / tsps * fps); indices = linspace(0, T-1, frames).astype(int).
Prints one line per case: T tsps fps followed by the indices."""
import numpy as np

CASES = [(400, 100.0, 20.0), (400, 1000.0, 30.0), (1000, 1000.0, 30.0), (999, 333.0, 7.0), (5, 1.0, 1.0),
         (2000, 100.0, 12.5), (37, 10.0, 3.0)]

for steps, tsps, fps in CASES:
    frames = int(steps / tsps * fps)
    idx = np.linspace(0, steps - 1, frames).astype(int)
    print(steps, tsps, fps, *idx.tolist())

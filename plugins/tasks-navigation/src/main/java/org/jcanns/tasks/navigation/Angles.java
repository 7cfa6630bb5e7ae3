package org.jcanns.tasks.navigation;

import org.jcanns.core.geometry.Periodic;

/** The angle helpers of canns' navigation task, computed as numpy does. */
final class Angles {
    private Angles() {
    }

    /** numpy's {@code np.unwrap(p)} (discont π, period 2π), including its tie rule at exactly ±π. */
    static double[] unwrap(double[] p) {
        double[] out = p.clone();
        double correction = 0;
        for (int i = 1; i < p.length; i++) {
            double dd = p[i] - p[i - 1];
            double m = pyMod(dd + Math.PI, 2 * Math.PI) - Math.PI;
            if (m == -Math.PI && dd > 0) {
                m = Math.PI;
            }
            double fix = Math.abs(dd) < Math.PI ? 0 : m - dd;
            correction += fix;
            out[i] = p[i] + correction;
        }
        return out;
    }

    /** Python's float {@code a % b}: fmod, moved to the sign of b. */
    static double pyMod(double a, double b) {
        double m = a % b;
        return m != 0 && (m < 0) != (b < 0) ? m + b : m;
    }

    /** canns' {@code rot_vel}: 0, then {@code map2pi} of each difference. */
    static double[] rotationalSteps(double[] hd) {
        double[] rot = new double[hd.length];
        for (int i = 1; i < hd.length; i++) {
            rot[i] = Periodic.map2pi(hd[i] - hd[i - 1]);
        }
        return rot;
    }
}

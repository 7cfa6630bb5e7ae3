package org.jcanns.tasks.navigation.agent;

import java.util.List;
import java.util.random.RandomGenerator;
import org.jcanns.tasks.navigation.geometry.BoundaryConditions;
import org.jcanns.tasks.navigation.geometry.Environment;
import org.jcanns.tasks.navigation.geometry.Segment;

/**
 * canns' open-loop agent (RatInABox's {@code Agent.update} in 2D, canns-reference §3.3), one step of dt at a time:
 * <ol>
 *   <li>the rotational velocity ω takes an Ornstein–Uhlenbeck step ({@code dω = −ω·dt/τ + sqrt(2σ²dt/τ)·N}) and
 *       the velocity turns by ω·dt;</li>
 *   <li>the speed's normal variable z takes an OU step (σ 1, τ = speed_coherence_time) and the velocity is
 *       rescaled to the Rayleigh speed of z ({@link RayleighSpeed});</li>
 *   <li>walls within d = wall_repel_distance push: with v* = wall_repel_strength·speed_mean, the velocity gains
 *       {@code 3(1−thigmotaxis)²·(v*²/d²)(d − x)·n̂·dt} and the position moves by
 *       {@code 6·thigmotaxis²·v*(1 − sqrt(1 − (d−x)²/d²))·n̂·dt} (n̂ away from the wall, x its distance);</li>
 *   <li>the position moves by v·dt; a step that would cross a wall is reflected off it instead, with the speed set
 *       to speed_mean/2 (and dropped if the reflected step crosses a wall too); periodic boundaries wrap;</li>
 *   <li>the measured velocity is the displacement over dt (the shortest one across a periodic boundary), and the
 *       head direction follows it: {@code hd ← normalise((1 − dt/τ_hd)·hd + dt/τ_hd·v̂)}.</li>
 * </ol>
 * Two choices differ from RatInABox where it is ambiguous: of several walls a step crosses, it reflects off the
 * nearest (RatInABox: the first listed), and z is kept between steps and recomputed from the speed only when
 * something other than the OU step changed the speed (the same numbers, without rounding drift).
 */
public final class Agent {
    private final Environment env;
    private final AgentParams p;
    private final double dt;
    private final RandomGenerator random;
    private final boolean periodic;
    private final boolean solidChecks;
    private final double[] wx;
    private final double[] wy;
    private final double[] wdx;
    private final double[] wdy;
    private final double[] wlen2;
    private final double rotDecay;
    private final double rotNoise;
    private final double zDecay;
    private final double zNoise;
    private final double hdAlpha;
    private final double repelDistance;
    private final double springConstant;
    private final double beltSpeed;
    private final double velocityGain;
    private final double positionGain;

    private double x;
    private double y;
    private double vx;
    private double vy;
    private double omega;
    private double z;
    private double speedOfZ = Double.NaN;
    private double hdx;
    private double hdy;
    private double mvx;
    private double mvy;
    private long steps;

    /**
     * An agent at (x, y), strictly inside {@code env}, stepping by {@code dt}, heading {@code heading} radians
     * (NaN: a random direction) at speed_mean; random numbers from {@code random}.
     */
    public Agent(Environment env, AgentParams params, double dt, double x, double y, double heading,
                 RandomGenerator random) {
        if (!(dt > 0) || Double.isInfinite(dt)) {
            throw new IllegalArgumentException("dt must be a finite number > 0, got " + dt);
        }
        env.requireInside(x, y, "start_pos");
        this.env = env;
        this.p = params;
        this.dt = dt;
        this.random = random;
        this.periodic = env.conditions() == BoundaryConditions.PERIODIC;
        this.solidChecks = !periodic || !env.holes().isEmpty();
        List<Segment> walls = env.obstacles();
        int n = walls.size();
        wx = new double[n];
        wy = new double[n];
        wdx = new double[n];
        wdy = new double[n];
        wlen2 = new double[n];
        for (int i = 0; i < n; i++) {
            Segment s = walls.get(i);
            wx[i] = s.x0();
            wy[i] = s.y0();
            wdx[i] = s.x1() - s.x0();
            wdy[i] = s.y1() - s.y0();
            wlen2[i] = wdx[i] * wdx[i] + wdy[i] * wdy[i];
        }
        rotDecay = dt / params.rotationalVelocityCoherenceTime();
        rotNoise = Math.sqrt(2 * params.rotationalVelocityStd() * params.rotationalVelocityStd() * rotDecay);
        zDecay = dt / params.speedCoherenceTime();
        zNoise = Math.sqrt(2 * zDecay);
        hdAlpha = Math.min(1, dt / params.headDirectionSmoothingTimescale());
        repelDistance = params.wallRepelDistance();
        double vStar = params.wallRepelStrength() * params.speedMean();
        springConstant = vStar * vStar / (repelDistance * repelDistance);
        beltSpeed = vStar;
        velocityGain = 3 * (1 - params.thigmotaxis()) * (1 - params.thigmotaxis());
        positionGain = 6 * params.thigmotaxis() * params.thigmotaxis();
        double angle = Double.isNaN(heading) ? random.nextDouble() * 2 * Math.PI : heading;
        this.x = x;
        this.y = y;
        hdx = Math.cos(angle);
        hdy = Math.sin(angle);
        vx = params.speedMean() * hdx;
        vy = params.speedMean() * hdy;
        mvx = vx;
        mvy = vy;
    }

    /** Advances the agent by one step of dt under its motion model. */
    public void step() {
        double x0 = x;
        double y0 = y;
        turn();
        changeSpeed();
        if (wx.length > 0 && p.wallRepelStrength() > 0) {
            repel();
        }
        double nx = x + vx * dt;
        double ny = y + vy * dt;
        int wall = nearestCrossing(x, y, nx, ny);
        if (wall >= 0) {
            reflect(wall);
            nx = x + vx * dt;
            ny = y + vy * dt;
            if (nearestCrossing(x, y, nx, ny) >= 0) {
                nx = x;
                ny = y;
            }
        }
        if (periodic) {
            nx = env.wrapX(nx);
            ny = env.wrapY(ny);
        }
        if (solidChecks && !env.contains(nx, ny)) {
            // A corner can defeat one reflection; staying put keeps the agent inside.
            nx = x;
            ny = y;
        }
        x = nx;
        y = ny;
        observe(x0, y0);
    }

    /** Moves the agent to (px, py) in one step of dt (RatInABox's forced_next_position; closed-loop tasks). */
    public void moveTo(double px, double py) {
        double x0 = x;
        double y0 = y;
        x = px;
        y = py;
        observe(x0, y0);
        vx = mvx;
        vy = mvy;
    }

    private void observe(double x0, double y0) {
        mvx = env.dx(x0, x) / dt;
        mvy = env.dy(y0, y) / dt;
        double m = Math.sqrt(mvx * mvx + mvy * mvy);
        if (m > 1e-9) {
            double hx = (1 - hdAlpha) * hdx + hdAlpha * mvx / m;
            double hy = (1 - hdAlpha) * hdy + hdAlpha * mvy / m;
            double h = Math.sqrt(hx * hx + hy * hy);
            if (h > 1e-12) {
                hdx = hx / h;
                hdy = hy / h;
            }
        }
        steps++;
    }

    private void turn() {
        omega += -omega * rotDecay + rotNoise * random.nextGaussian();
        double a = omega * dt;
        double c = Math.cos(a);
        double s = Math.sin(a);
        double rx = c * vx - s * vy;
        vy = s * vx + c * vy;
        vx = rx;
    }

    private void changeSpeed() {
        double speed = Math.sqrt(vx * vx + vy * vy);
        if (speed == 0) {
            // RatInABox: a tiny velocity along x avoids a division by zero.
            vx = 1e-8;
            vy = 0;
            speed = 1e-8;
        }
        if (!(Math.abs(speed - speedOfZ) <= 1e-12 * speed)) {
            z = RayleighSpeed.normalOf(speed, p.speedMean());
        }
        z += -z * zDecay + zNoise * random.nextGaussian();
        z = Math.clamp(z, -RayleighSpeed.Z_MAX, RayleighSpeed.Z_MAX);
        double next = RayleighSpeed.speedOf(z, p.speedMean());
        speedOfZ = next;
        vx *= next / speed;
        vy *= next / speed;
    }

    private void repel() {
        double ax = 0;
        double ay = 0;
        double bx = 0;
        double by = 0;
        double d = repelDistance;
        for (int i = 0; i < wx.length; i++) {
            double t = wlen2[i] == 0 ? 0 : ((x - wx[i]) * wdx[i] + (y - wy[i]) * wdy[i]) / wlen2[i];
            t = t < 0 ? 0 : t > 1 ? 1 : t;
            double ux = x - (wx[i] + t * wdx[i]);
            double uy = y - (wy[i] + t * wdy[i]);
            double dist = Math.sqrt(ux * ux + uy * uy);
            if (dist <= d && dist > 0) {
                double gap = d - dist;
                double acc = springConstant * gap / dist;
                double belt = beltSpeed * (1 - Math.sqrt(1 - gap * gap / (d * d))) / dist;
                ax += acc * ux;
                ay += acc * uy;
                bx += belt * ux;
                by += belt * uy;
            }
        }
        vx += velocityGain * ax * dt;
        vy += velocityGain * ay * dt;
        double sx = x + positionGain * bx * dt;
        double sy = y + positionGain * by * dt;
        if ((sx != x || sy != y) && nearestCrossing(x, y, sx, sy) < 0 && (!solidChecks || env.contains(sx, sy))) {
            x = periodic ? env.wrapX(sx) : sx;
            y = periodic ? env.wrapY(sy) : sy;
        }
    }

    /**
     * The wall the step a→b reaches first (ending on a wall counts), or −1: the start strictly on one side of the
     * wall's line, the end on it or beyond, the crossing point within the wall.
     */
    private int nearestCrossing(double ax, double ay, double bx, double by) {
        int best = -1;
        double bestT = Double.POSITIVE_INFINITY;
        double sx = bx - ax;
        double sy = by - ay;
        for (int i = 0; i < wx.length; i++) {
            double o1 = wdx[i] * (ay - wy[i]) - wdy[i] * (ax - wx[i]);
            double o2 = wdx[i] * (by - wy[i]) - wdy[i] * (bx - wx[i]);
            if (o1 == 0 || (o1 > 0 && o2 > 0) || (o1 < 0 && o2 < 0)) {
                continue;
            }
            double o3 = sx * (wy[i] - ay) - sy * (wx[i] - ax);
            double o4 = sx * (wy[i] + wdy[i] - ay) - sy * (wx[i] + wdx[i] - ax);
            if ((o3 > 0 && o4 > 0) || (o3 < 0 && o4 < 0)) {
                continue;
            }
            double t = o1 / (o1 - o2);
            if (t < bestT) {
                bestT = t;
                best = i;
            }
        }
        return best;
    }

    private void reflect(int wall) {
        // v = v∥ + v⊥ becomes v∥ − v⊥, then its speed is set to speed_mean/2 (RatInABox's wall_bounce).
        double k = (vx * wdx[wall] + vy * wdy[wall]) / wlen2[wall];
        double rx = 2 * k * wdx[wall] - vx;
        double ry = 2 * k * wdy[wall] - vy;
        double norm = Math.sqrt(rx * rx + ry * ry);
        double scale = norm > 0 ? 0.5 * p.speedMean() / norm : 0;
        vx = rx * scale;
        vy = ry * scale;
    }

    /** x of the position. */
    public double x() {
        return x;
    }

    /** y of the position. */
    public double y() {
        return y;
    }

    /** x of the measured velocity of the last step (displacement / dt). */
    public double measuredVx() {
        return mvx;
    }

    /** y of the measured velocity of the last step. */
    public double measuredVy() {
        return mvy;
    }

    /** x of the unit head-direction vector. */
    public double headX() {
        return hdx;
    }

    /** y of the unit head-direction vector. */
    public double headY() {
        return hdy;
    }

    /** The rotational velocity ω, rad/s. */
    public double rotationalVelocity() {
        return omega;
    }

    /** The speed the motion model set (before walls), m/s. */
    public double speed() {
        return Math.sqrt(vx * vx + vy * vy);
    }

    /** The time step. */
    public double dt() {
        return dt;
    }

    /** Steps taken so far. */
    public long steps() {
        return steps;
    }
}

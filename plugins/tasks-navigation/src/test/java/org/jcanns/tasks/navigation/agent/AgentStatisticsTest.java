package org.jcanns.tasks.navigation.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.jcanns.core.random.Seeds;
import org.jcanns.tasks.navigation.geometry.BoundaryConditions;
import org.jcanns.tasks.navigation.geometry.Environment;
import org.jcanns.tasks.navigation.geometry.Polygon;
import org.jcanns.tasks.navigation.geometry.Segment;
import org.jcanns.tasks.navigation.geometry.Shapes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The agent's statistics over long runs: speed Rayleigh(σ = speed_mean) with mean σ√(π/2); rotational velocity
 * with variance σ_ω² and correlation time τ_ω; never outside a solid boundary (a polygon with a hole and a wall)
 * over 10⁶ steps at any thigmotaxis; wrapping under periodic boundaries; thigmotaxis keeps it near walls;
 * seeds reproduce; the initial heading is followed.
 */
class AgentStatisticsTest {
    private static final int STEPS = 1_000_000;

    @Test
    void speedIsRayleighWithTheRightMean() {
        // Periodic and empty: nothing but the OU speed model acts on the speed.
        Environment env = Environment.rectangle(5, 5, BoundaryConditions.PERIODIC);
        double sigma = 0.04;
        Agent a = new Agent(env, AgentParams.CANNS, 0.01, 2.5, 2.5, Double.NaN, Seeds.generator(7));
        double[] speeds = new double[STEPS];
        double sum = 0;
        for (int i = 0; i < STEPS; i++) {
            a.step();
            speeds[i] = Math.hypot(a.measuredVx(), a.measuredVy());
            sum += speeds[i];
        }
        double mean = sum / STEPS;
        assertEquals(sigma * Math.sqrt(Math.PI / 2), mean, 0.03 * sigma * Math.sqrt(Math.PI / 2), "mean speed");
        Arrays.sort(speeds);
        double worst = 0;
        for (int q = 1; q < 20; q++) {
            double s = speeds[q * STEPS / 20];
            double cdf = 1 - Math.exp(-s * s / (2 * sigma * sigma));
            worst = Math.max(worst, Math.abs(cdf - q / 20.0));
        }
        assertTrue(worst < 0.02, "empirical CDF within 0.02 of Rayleigh at every 5% quantile, worst " + worst);
    }

    @Test
    void rotationalVelocityHasTheRightVarianceAndCorrelationTime() {
        Environment env = Environment.rectangle(5, 5, BoundaryConditions.PERIODIC);
        double dt = 0.001;
        AgentParams p = AgentParams.CANNS;
        Agent a = new Agent(env, p, dt, 2.5, 2.5, 0, Seeds.generator(11));
        double[] w = new double[STEPS];
        double sum = 0;
        double sq = 0;
        for (int i = 0; i < STEPS; i++) {
            a.step();
            w[i] = a.rotationalVelocity();
            sum += w[i];
            sq += w[i] * w[i];
        }
        double mean = sum / STEPS;
        double var = sq / STEPS - mean * mean;
        double sigma2 = p.rotationalVelocityStd() * p.rotationalVelocityStd();
        assertEquals(sigma2, var, 0.06 * sigma2, "variance of the rotational velocity");
        int lag = (int) Math.round(p.rotationalVelocityCoherenceTime() / dt);
        double cov = 0;
        for (int i = 0; i + lag < STEPS; i++) {
            cov += (w[i] - mean) * (w[i + lag] - mean);
        }
        double rho = cov / (STEPS - lag) / var;
        double tau = -lag * dt / Math.log(rho);
        assertEquals(p.rotationalVelocityCoherenceTime(), tau, 0.1 * p.rotationalVelocityCoherenceTime(),
                "correlation time from the autocorrelation at lag tau (rho " + rho + ")");
    }

    /** A 1 × 1 polygon arena (an L-shaped notch cut off) with a square hole and a loose wall. */
    static Environment cluttered() {
        Polygon boundary = Shapes.polygon("0,0, 1,0, 1,0.6, 0.7,0.6, 0.7,1, 0,1", "boundary");
        return new Environment(boundary, 0, 0, List.of(new Segment(0.1, 0.5, 0.5, 0.5)),
                List.of(Shapes.polygon("0.2,0.15, 0.4,0.15, 0.4,0.3, 0.2,0.3", "hole")), BoundaryConditions.SOLID);
    }

    @ParameterizedTest(name = "thigmotaxis={0}")
    @ValueSource(doubles = {0.0, 0.5, 1.0})
    void neverLeavesASolidBoundary(double thigmotaxis) {
        Environment env = cluttered();
        AgentParams p = new AgentParams(0.3, 0.1, 0.7, 0.08, 2.0, 0.15, thigmotaxis, 0.1, 1.0);
        Agent a = new Agent(env, p, 0.01, 0.8, 0.2, Double.NaN, Seeds.generator(3));
        Segment wall = env.walls().get(0);
        double px = a.x();
        double py = a.y();
        int wallHits = 0;
        for (int i = 0; i < STEPS; i++) {
            a.step();
            assertTrue(env.contains(a.x(), a.y()), "step " + i + ": (" + a.x() + ", " + a.y() + ") left the arena");
            // Crossing the loose wall means ending on the other side of its line within its span.
            boolean crossed = wall.intersects(new Segment(px, py, a.x(), a.y()))
                    && Math.signum(py - 0.5) != Math.signum(a.y() - 0.5) && Math.signum(py - 0.5) != 0;
            if (crossed) {
                wallHits++;
            }
            px = a.x();
            py = a.y();
        }
        assertEquals(0, wallHits, "the agent never passes through the loose wall");
    }

    @Test
    void periodicBoundariesWrap() {
        Environment env = Environment.rectangle(1, 1, BoundaryConditions.PERIODIC);
        AgentParams p = new AgentParams(0.5, 0.1, 0.7, 0.08, 1.0, 0.15, 0.5, 0.1, 1.0);
        Agent a = new Agent(env, p, 0.01, 0.5, 0.5, Double.NaN, Seeds.generator(5));
        int wraps = 0;
        double px = a.x();
        double maxStep = 0;
        for (int i = 0; i < 100_000; i++) {
            a.step();
            assertTrue(a.x() >= 0 && a.x() < 1 && a.y() >= 0 && a.y() < 1, "wrapped into [0, 1)");
            if (Math.abs(a.x() - px) > 0.5) {
                wraps++;
            }
            px = a.x();
            maxStep = Math.max(maxStep, Math.hypot(a.measuredVx(), a.measuredVy()) * 0.01);
        }
        assertTrue(wraps > 10, "the agent crosses the x seam (" + wraps + " times)");
        assertTrue(maxStep < 0.1, "measured steps are the short way across the seam, longest " + maxStep);
    }

    @Test
    void thigmotaxisKeepsTheAgentNearWalls() {
        double near0 = fractionNearWalls(0.0);
        double near1 = fractionNearWalls(1.0);
        assertTrue(near1 > near0 + 0.05, "thigmotaxis 1 spends more time within 0.1 of a wall: " + near1 + " vs "
                + near0);
    }

    private static double fractionNearWalls(double thigmotaxis) {
        Environment env = Environment.rectangle(1, 1, BoundaryConditions.SOLID);
        AgentParams p = new AgentParams(0.2, 0.1, 0.7, 0.08, 2.0, 0.15, thigmotaxis, 0.1, 1.0);
        Agent a = new Agent(env, p, 0.01, 0.5, 0.5, Double.NaN, Seeds.generator(9));
        int near = 0;
        int n = 300_000;
        for (int i = 0; i < n; i++) {
            a.step();
            double d = Math.min(Math.min(a.x(), 1 - a.x()), Math.min(a.y(), 1 - a.y()));
            near += d < 0.1 ? 1 : 0;
        }
        return near / (double) n;
    }

    @Test
    void seedsReproduceAndDiffer() {
        Environment env = cluttered();
        double[] a = walk(env, 42);
        double[] b = walk(env, 42);
        double[] c = walk(env, 43);
        assertTrue(Arrays.equals(a, b), "the same seed gives the same path");
        assertNotEquals(a[a.length - 1], c[c.length - 1], "another seed gives another path");
    }

    private static double[] walk(Environment env, long seed) {
        Agent a = new Agent(env, AgentParams.CANNS, 0.01, 0.8, 0.2, Double.NaN, Seeds.generator(seed));
        double[] out = new double[2000];
        for (int i = 0; i < 1000; i++) {
            a.step();
            out[2 * i] = a.x();
            out[2 * i + 1] = a.y();
        }
        return out;
    }

    @Test
    void initialHeadingIsFollowed() {
        Environment env = Environment.rectangle(5, 5, BoundaryConditions.SOLID);
        double heading = 11 * Math.PI / 12;
        Agent a = new Agent(env, AgentParams.CANNS, 0.001, 2.5, 2.5, heading, Seeds.generator(2));
        a.step();
        assertEquals(heading, Math.atan2(a.measuredVy(), a.measuredVx()), 0.01, "first step along the heading");
        assertEquals(heading, Math.atan2(a.headY(), a.headX()), 0.01, "head direction starts at the heading");
    }

    @Test
    void batchedAgentsMatchSingleOnes() {
        Environment env = cluttered();
        try (AgentBatch batch = new AgentBatch(5, env, AgentParams.CANNS, 0.01, 0.8, 0.2, 99, 2)) {
            batch.run(500);
            Agent single = new Agent(env, AgentParams.CANNS, 0.01, 0.8, 0.2, Double.NaN, Seeds.forCopy(99, 3));
            for (int i = 0; i < 500; i++) {
                single.step();
            }
            assertEquals(single.x(), batch.agent(3).x(), "agent 3 of the batch walks as a lone agent of seed copy 3");
            assertEquals(single.y(), batch.agent(3).y());
        }
    }
}

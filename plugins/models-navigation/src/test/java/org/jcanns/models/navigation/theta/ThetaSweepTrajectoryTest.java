package org.jcanns.models.navigation.theta;

import org.jcanns.core.kernel.Kernels;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.foreign.Arena;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.core.random.Seeds;
import org.jcanns.spi.model.ModelContext;
import org.junit.jupiter.api.Test;

/**
 * On the first 400 samples (0.8 s) of canns' real demo trajectory (../shared/data/external_trajectory.npz), the
 * direction and grid-cell networks at full size (100 and 100×100) with the pipeline's settings follow the animal:
 * averaged over each theta cycle, the decoded heading stays within 0.5 rad of the true one (it sweeps around it and
 * anticipates turns, by design), and the decoded position stays within a few centimetres on average (sweeps run
 * ahead of the animal). Skipped where the shared data folder is absent.
 */
class ThetaSweepTrajectoryTest {
    private static final Path DATA = Path.of("..", "..", "..", "shared", "data", "external_trajectory.npz");

    @Test
    void decodedCentresFollowTheAnimal() throws Exception {
        assumeTrue(Files.isRegularFile(DATA), "skipped: " + DATA.toAbsolutePath().normalize()
                + " is absent (the shared data folder beside the project)");
        try (Arena arena = Arena.ofConfined()) {
            Map<String, NpyArray> z = Npz.load(DATA, arena);
            double[] pos = z.get("positions").toDoubles();
            int steps = Math.min(400, pos.length / 2);
            double[] hd = new double[steps];
            double[] speed = new double[steps];
            double maxSpeed = 0;
            for (int t = 1; t < steps; t++) {
                double vx = pos[2 * t] - pos[2 * t - 2], vy = pos[2 * t + 1] - pos[2 * t - 1];
                hd[t] = Math.atan2(vy, vx);
                speed[t] = Math.hypot(vx, vy);
                maxSpeed = Math.max(maxSpeed, speed[t]);
            }
            hd[0] = hd[1];
            var dcp = new DirectionCellNetworkProvider();
            var gcp = new GridCellNetworkProvider();
            try (DirectionCellNetwork dc = (DirectionCellNetwork) dcp.create(
                    dcp.parameters().parse(Map.of("noise_strength", "0")), new ModelContext(1, Seeds.generator(0), Kernels.best()));
                 GridCellNetwork gc = (GridCellNetwork) gcp.create(gcp.parameters().parse(Map.of(
                         "adaptation_strength", "8", "mapping_ratio", "5", "noise_strength", "0")),
                         new ModelContext(1, Seeds.generator(1), Kernels.best()))) {
                double positionError = 0;
                int counted = 0;
                double[] decoded = new double[2], truth = new double[2];
                for (int t = 0; t < steps; t++) {
                    ThetaModulation theta = ThetaModulation.at(t, speed[t] / maxSpeed, 0, 1.0, 0.5, 100, 1.0);
                    dc.update(hd[t], theta.hd());
                    gc.update(pos[2 * t], pos[2 * t + 1], dc.r(), theta.gc());
                    double centre = dc.state("center").get(0);
                    decoded[0] += Math.cos(centre);
                    decoded[1] += Math.sin(centre);
                    truth[0] += Math.cos(hd[t]);
                    truth[1] += Math.sin(hd[t]);
                    if ((t + 1) % 100 == 0) {
                        double d = Math.abs(Math.atan2(decoded[1], decoded[0]) - Math.atan2(truth[1], truth[0]));
                        assertTrue(Math.min(d, 2 * Math.PI - d) < 0.5, "theta cycle ending at step " + t
                                + ": decoded heading " + Math.atan2(decoded[1], decoded[0]) + ", true "
                                + Math.atan2(truth[1], truth[0]));
                        decoded = new double[2];
                        truth = new double[2];
                    }
                    if (t >= steps / 4) {
                        var c = gc.state("center_position");
                        positionError += Math.hypot(c.get(0) - pos[2 * t], c.get(1) - pos[2 * t + 1]);
                        counted++;
                    }
                }
                positionError /= counted;
                // Grid spacing is 2π/5 ≈ 1.26 m: the decoded bump stays within a small fraction of it.
                assertTrue(positionError < 0.1, "mean position error " + positionError + " m");
            }
        }
    }
}

package org.jcanns.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jcanns.core.random.Seeds;
import org.jcanns.tasks.navigation.agent.Agent;
import org.jcanns.tasks.navigation.agent.AgentBatch;
import org.jcanns.tasks.navigation.agent.AgentParams;
import org.jcanns.tasks.navigation.geometry.BoundaryConditions;
import org.jcanns.tasks.navigation.geometry.Environment;
import org.jcanns.tasks.navigation.geometry.Segment;
import org.jcanns.tasks.navigation.geometry.Shapes;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The open-loop agent (canns' OpenLoopNavigationTask motion model) in nanoseconds per agent step, canns' default
 * agent (speed 0.04 m/s, dt 0.01): {@code step}, one agent in canns' empty 5 × 5 m box or in a box with 5 walls and
 * 2 holes (canns' closed-loop example, 2 × 2 m); {@code batch}, 64 independent agents × 1000 steps on 1 or 2
 * threads. canns' Rust port (HEAD) claims 10⁶ steps in 0.27 s, 270 ns per step; canns at SEED ran RatInABox in
 * Python (python/agent_canns_way.py is its peer here).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"--add-modules=jdk.incubator.vector", "--enable-native-access=ALL-UNNAMED"})
@State(Scope.Thread)
public class AgentBenchmark {
    private static final int BATCH = 64;
    private static final int BATCH_STEPS = 1000;

    @Param({"open", "cluttered"})
    public String arena;

    @Param({"1", "2"})
    public int threads;

    private Agent agent;
    private AgentBatch batch;

    static Environment environment(String arena) {
        if (arena.equals("open")) {
            return Environment.rectangle(5, 5, BoundaryConditions.SOLID);
        }
        List<Segment> walls = Shapes.walls("0.5,0,0.5,1; 0.5,1,1,1; 1.5,2,1.5,1; 1.5,1,1,1; 0.2,0.2,1.6,1.6", "walls");
        return new Environment(Shapes.polygon("0,0, 2,0, 2,2, 0,2", "boundary"), 0, 0, walls,
                Shapes.polygons("0.7,0.7,1.3,0.7,1.3,1.3,0.7,1.3; 0,1.25,0.8,1.25,0.8,2,0,2", "holes"),
                BoundaryConditions.SOLID);
    }

    @Setup(Level.Trial)
    public void setUp() {
        Environment env = environment(arena);
        double x = arena.equals("open") ? 2.5 : 0.1;
        double y = arena.equals("open") ? 2.5 : 0.1;
        agent = new Agent(env, AgentParams.CANNS, 0.01, x, y, Double.NaN, Seeds.generator(0));
        batch = new AgentBatch(BATCH, env, AgentParams.CANNS, 0.01, x, y, 1, threads);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        batch.close();
    }

    /** One agent step (the threads parameter does not apply). */
    @Benchmark
    public double step() {
        agent.step();
        return agent.x();
    }

    /** 64 agents × 1000 steps; per agent step. */
    @Benchmark
    @OperationsPerInvocation(BATCH * BATCH_STEPS)
    public double batch() {
        batch.run(BATCH_STEPS);
        return batch.agent(0).x();
    }
}

package org.jcanns.tasks.navigation.agent;

import org.jcanns.spi.batch.BatchThreads;
import org.jcanns.core.random.Seeds;
import org.jcanns.tasks.navigation.geometry.Environment;

/**
 * Independent agents in one environment, stepped on several threads (each thread a contiguous range of agents).
 * Agent i draws from {@link Seeds#forCopy}(seed, i), so its path does not depend on the batch size or the thread
 * count.
 */
public final class AgentBatch implements AutoCloseable {
    private final Agent[] agents;
    private final BatchThreads threads;

    /** {@code count} agents starting at (x, y) in random directions, on {@code threads} threads. */
    public AgentBatch(int count, Environment env, AgentParams params, double dt, double x, double y, long seed,
                      int threads) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be >= 1, got " + count);
        }
        agents = new Agent[count];
        for (int i = 0; i < count; i++) {
            agents[i] = new Agent(env, params, dt, x, y, Double.NaN, Seeds.forCopy(seed, i));
        }
        this.threads = new BatchThreads(threads);
    }

    /** Agent {@code i}. */
    public Agent agent(int i) {
        return agents[i];
    }

    /** The number of agents. */
    public int size() {
        return agents.length;
    }

    /** Advances every agent by {@code steps} steps. */
    public void run(int steps) {
        threads.forEachChunk(agents.length, c -> {
            int end = threads.start(c + 1, agents.length);
            for (int i = threads.start(c, agents.length); i < end; i++) {
                Agent a = agents[i];
                for (int s = 0; s < steps; s++) {
                    a.step();
                }
            }
        });
    }

    @Override
    public void close() {
        threads.close();
    }
}

package org.jcanns.analysis.umap;

import java.util.List;
import java.util.Locale;

/**
 * umap-learn's {@code UMAP} parameters (its defaults, names in snake case for the analyzer): neighbours, output
 * dimension, {@code min_dist}, {@code spread}, input metric, epochs (0: 500 up to 10 000 points, else 200), SGD
 * learning rate, negative samples per edge sample, repulsion strength, seed, and how neighbours are found
 * ({@code auto}: exact below 4096 points, NN-descent above, as umap-learn).
 */
public record UmapConfig(int nNeighbors, int nComponents, double minDist, double spread, Metric metric, int nEpochs,
                         double learningRate, double negativeSampleRate, double repulsionStrength, long seed,
                         Neighbors neighbors) {
    /** How the k nearest neighbours are found. */
    public enum Neighbors {
        /** Exact below 4096 points, NN-descent from 4096 on. */
        AUTO,
        /** All pairs compared. */
        EXACT,
        /** Random-projection trees and NN-descent. */
        NN_DESCENT;

        /** The option's name (auto, exact, nn-descent). */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        /** The choice called {@code name}. */
        public static Neighbors named(String name) {
            for (Neighbors v : values()) {
                if (v.label().equals(name)) {
                    return v;
                }
            }
            throw new IllegalArgumentException("neighbors: expected one of " + List.of("auto", "exact", "nn-descent")
                    + ", got '" + name + "'");
        }
    }

    /** Checks every field, naming the bad one. */
    public UmapConfig {
        if (nNeighbors < 2) {
            throw new IllegalArgumentException("n_neighbors must be >= 2, got " + nNeighbors);
        }
        if (nComponents < 1) {
            throw new IllegalArgumentException("n_components must be >= 1, got " + nComponents);
        }
        if (!(spread > 0) || Double.isInfinite(spread)) {
            throw new IllegalArgumentException("spread must be a finite number > 0, got " + spread);
        }
        if (!(minDist >= 0) || minDist > spread) {
            throw new IllegalArgumentException("min_dist must be between 0 and spread (" + spread + "), got "
                    + minDist);
        }
        if (nEpochs < 0) {
            throw new IllegalArgumentException("n_epochs must be >= 0 (0: automatic), got " + nEpochs);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("learning_rate must be a finite number > 0, got " + learningRate);
        }
        if (!(negativeSampleRate >= 0) || Double.isInfinite(negativeSampleRate)) {
            throw new IllegalArgumentException("negative_sample_rate must be a finite number >= 0, got "
                    + negativeSampleRate);
        }
        if (!(repulsionStrength >= 0) || Double.isInfinite(repulsionStrength)) {
            throw new IllegalArgumentException("repulsion_strength must be a finite number >= 0, got "
                    + repulsionStrength);
        }
        java.util.Objects.requireNonNull(metric, "metric");
        java.util.Objects.requireNonNull(neighbors, "neighbors");
    }

    /** umap-learn's defaults: 15 neighbours, 2 components, min_dist 0.1, spread 1, euclidean, seed 0. */
    public static UmapConfig defaults() {
        return new UmapConfig(15, 2, 0.1, 1.0, Metric.EUCLIDEAN, 0, 1.0, 5, 1.0, 0, Neighbors.AUTO);
    }

    /** This configuration with other neighbours, components, min_dist and seed. */
    public UmapConfig with(int nNeighbors, int nComponents, double minDist, long seed) {
        return new UmapConfig(nNeighbors, nComponents, minDist, spread, metric, nEpochs, learningRate,
                negativeSampleRate, repulsionStrength, seed, neighbors);
    }

    /** This configuration with another metric. */
    public UmapConfig withMetric(Metric m) {
        return new UmapConfig(nNeighbors, nComponents, minDist, spread, m, nEpochs, learningRate, negativeSampleRate,
                repulsionStrength, seed, neighbors);
    }

    /** This configuration with another neighbour search and epoch count. */
    public UmapConfig withSearch(Neighbors search, int epochs) {
        return new UmapConfig(nNeighbors, nComponents, minDist, spread, metric, epochs, learningRate,
                negativeSampleRate, repulsionStrength, seed, search);
    }
}

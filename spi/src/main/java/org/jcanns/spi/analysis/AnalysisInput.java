package org.jcanns.spi.analysis;

/** One input array an analyzer reads: its name, what it holds (shape, units) and whether it must be given. */
public record AnalysisInput(String name, String doc, boolean required) {
}

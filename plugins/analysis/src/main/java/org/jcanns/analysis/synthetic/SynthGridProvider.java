package org.jcanns.analysis.synthetic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Param;
import org.jcanns.spi.param.Params;

/** {@link SyntheticGridCells} as an analyzer: the plain layout plus {@code phase_offsets} (N, 2). */
public final class SynthGridProvider extends BasicAnalyzerProvider {
    /** The provider ServiceLoader instantiates. */
    public SynthGridProvider() {
        super("synth-grid", "seeded synthetic grid-cell spikes of a rat in a box (canns' grid data sets, made here)",
                params(), p -> Analyzer.of(List.of(), (_, _) -> run(p)));
    }

    private static List<Param> params() {
        SyntheticGridCells d = SyntheticGridCells.defaults();
        return List.of(Param.integer("seed", 0, "random seed"),
                Param.integer("side", d.side(), "cells per torus axis (side^2 cells)").atLeast(1),
                Param.real("duration", d.duration(), "recording length (s)").positive(),
                Param.real("dt", d.dt(), "position sampling step (s)").positive(),
                Param.real("box", d.box(), "side of the square box (m)").positive(),
                Param.real("spacing", d.spacing(), "grid spacing (m)").positive(),
                Param.real("orientation", d.orientation(), "lattice orientation (rad)"),
                Param.real("peak_rate", d.peakRate(), "rate at a field centre (Hz)").positive(),
                Param.real("kappa", d.kappa(), "field sharpness").positive(),
                Param.real("speed", d.speed(), "running speed (m/s)").positive());
    }

    private static AnalysisResult run(Params p) {
        SyntheticGridCells.Data d = new SyntheticGridCells(p.getInt("side"), p.getDouble("duration"),
                p.getDouble("dt"), p.getDouble("box"), p.getDouble("spacing"),
                p.getDouble("orientation"), p.getDouble("peak_rate"), p.getDouble("kappa"),
                p.getDouble("speed")).generate(p.getInt("seed"));
        Map<String, NumericArray> out = new LinkedHashMap<>(d.recording().arrays());
        out.put("phase_offsets", NumericArray.of(d.phaseOffsets(), d.recording().cells(), 2));
        return AnalysisResult.of(out);
    }
}

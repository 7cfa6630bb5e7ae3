package org.jcanns.analysis.bump;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jcanns.analysis.Inputs;
import org.jcanns.core.io.NpyArray;
import org.jcanns.core.io.Npz;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.AnalysisInput;
import org.jcanns.spi.analysis.AnalysisResult;
import org.jcanns.spi.analysis.Analyzer;
import org.jcanns.spi.analysis.BasicAnalyzerProvider;
import org.jcanns.spi.analysis.NumericArray;
import org.jcanns.spi.param.Params;

/** canns' {@code bump_fits} as an analyzer; with an output directory it also writes {@code bump_fits.npz}. */
public final class BumpFitsProvider extends BasicAnalyzerProvider {
    private static final String NAME = "bump-fits";

    /** The provider ServiceLoader instantiates. */
    public BumpFitsProvider() {
        super(NAME, "1D bump fitting of ROI data by MCMC (canns' bump_fits): fits, nbump, centrbump, convergence",
                BumpFitsConfig.params(), p -> Analyzer.of(List.of(new AnalysisInput("data",
                        "(T, n_roi) ROI fluorescence, one row per frame", true)), (in, context) -> run(p, in, context)));
    }

    private static AnalysisResult run(Params p, Map<String, NumericArray> in, AnalysisContext context)
            throws IOException {
        BumpFitsResult r = BumpFits.fit(Inputs.require(in, "data", NAME), BumpFitsConfig.of(p),
                context);
        if (context.outputDir() == null) {
            return AnalysisResult.of(r.arrays());
        }
        Path file = context.outputDir().resolve("bump_fits.npz");
        Map<String, NpyArray> z = new LinkedHashMap<>();
        r.arrays().forEach((k, v) -> z.put(k, NpyArray.of(v)));
        Npz.save(file, z, false);
        return new AnalysisResult(r.arrays(), Map.of("fits", file));
    }
}

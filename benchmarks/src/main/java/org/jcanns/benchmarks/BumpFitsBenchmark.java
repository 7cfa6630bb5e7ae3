package org.jcanns.benchmarks;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.jcanns.analysis.bump.BumpFits;
import org.jcanns.analysis.bump.BumpFitsConfig;
import org.jcanns.analysis.bump.BumpFitsResult;
import org.jcanns.analysis.synthetic.SyntheticRoi;
import org.jcanns.spi.analysis.AnalysisContext;
import org.jcanns.spi.analysis.NumericArray;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.Warmup;

/**
 * canns' bump_fits on 1000 frames of 16 ROIs (synthetic): one op is a whole run of one chain from the empty
 * state, {@code sweeps} sweeps (1000, the same work as the numpy peer; 5000, canns' example), with canns' numba
 * matching ({@code auto}) and its numpy path's ({@code hungarian}). Sweeps per second = sweeps / (seconds per op).
 * The numpy peer written the way canns' pure-numpy path runs is {@code benchmarks/python/bump_fits_canns_way.py}.
 */
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 5, time = 3)
public class BumpFitsBenchmark extends JcannsBenchmark {
    @Param({"1000", "5000"})
    public int sweeps;

    @Param({"1000"})
    public int frames;

    @Param({"auto", "hungarian"})
    public String matching;

    private NumericArray data;
    private BumpFitsConfig config;

    @Setup
    public void setUp() {
        data = SyntheticRoi.defaults().withSize(frames, 16).generate(1).data();
        config = BumpFitsConfig.defaults().withSteps(sweeps).withChains(42, 1).withForms(BumpFitsConfig.I0.EXACT,
                BumpFitsConfig.Matching.valueOf(matching.toUpperCase(Locale.ROOT)));
    }

    @Benchmark
    public BumpFitsResult sweeps() {
        return BumpFits.fit(data, config, AnalysisContext.quiet());
    }
}

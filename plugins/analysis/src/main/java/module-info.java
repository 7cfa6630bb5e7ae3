/** Experimental-data analysis: loaders, synthetic data sets, bump fitting and canns' rate helpers, as analyzers. */
module org.jcanns.analysis {
    requires org.jcanns.core;
    requires org.slf4j;

    provides org.jcanns.spi.analysis.AnalyzerProvider with org.jcanns.analysis.rates.FiringRateProvider,
            org.jcanns.analysis.rates.SpikeTrainProvider,
            org.jcanns.analysis.rates.NormalizeRatesProvider,
            org.jcanns.analysis.rates.TuningCurveProvider,
            org.jcanns.analysis.bump.BumpFitsProvider,
            org.jcanns.analysis.data.DataSummaryProvider,
            org.jcanns.analysis.data.LoadRoiDataProvider,
            org.jcanns.analysis.data.LoadGridDataProvider,
            org.jcanns.analysis.synthetic.SynthRoiProvider,
            org.jcanns.analysis.synthetic.SynthGridProvider,
            org.jcanns.analysis.synthetic.SynthHeadDirectionProvider,
            org.jcanns.analysis.embed.EmbedSpikeTrainsProvider,
            org.jcanns.analysis.umap.UmapProvider,
            org.jcanns.analysis.decode.DecodeProvider;
}

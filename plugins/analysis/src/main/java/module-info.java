/**
 * Experimental-data analysis: loaders, synthetic data sets, bump fitting, canns' rate helpers (as analyzers),
 * canns' tda_vis with its shuffle test, the spike embedding, UMAP, torus decoding and the 2D chain; the packages
 * exported are API for Java users.
 */
module org.jcanns.analysis {
    requires transitive org.jcanns.core;
    requires org.slf4j;

    exports org.jcanns.analysis.cann2d;
    exports org.jcanns.analysis.data;
    exports org.jcanns.analysis.decode;
    exports org.jcanns.analysis.embed;
    exports org.jcanns.analysis.synthetic;
    exports org.jcanns.analysis.tda;
    exports org.jcanns.analysis.umap;

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

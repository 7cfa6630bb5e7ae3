/** The java2d plot backend: canns' figures as PNG and animated GIF; the figure classes and presets are API for Java users. */
module org.jcanns.plot {
    requires transitive org.jcanns.core;
    requires transitive java.desktop;

    exports org.jcanns.plot;
    exports org.jcanns.plot.encode;
    exports org.jcanns.plot.figure;
    exports org.jcanns.plot.render;

    provides org.jcanns.spi.plot.PlotBackendProvider with org.jcanns.plot.Java2dPlotBackendProvider;
}

/** CANN1D, CANN1D-SFA, CANN2D and CANN2D-SFA models; reached through the registry, nothing exported. */
module org.jcanns.models.cann {
    requires org.jcanns.core;

    provides org.jcanns.spi.model.ModelProvider with org.jcanns.models.cann.Cann1DProvider,
            org.jcanns.models.cann.Cann1DSfaProvider, org.jcanns.models.cann.Cann2DProvider,
            org.jcanns.models.cann.Cann2DSfaProvider;
}

/** The Amari-Hopfield network and the plastic linear and spiking layers; reached through the registry. */
module org.jcanns.models.hopfield {
    requires org.jcanns.core;

    provides org.jcanns.spi.model.ModelProvider with org.jcanns.models.hopfield.AmariHopfieldProvider,
            org.jcanns.models.layers.LinearLayerProvider,
            org.jcanns.models.layers.SpikingLayerProvider;
}

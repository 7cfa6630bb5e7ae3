/** The {@code openblas} kernel tier: OpenBLAS matrix products through the FFM API. */
module org.jcanns.nativeblas {
    requires transitive org.jcanns.core;
    requires org.slf4j;

    exports org.jcanns.nativeblas;

    provides org.jcanns.spi.kernel.KernelTier with org.jcanns.nativeblas.OpenBlasTier;
    provides org.jcanns.spi.kernel.KernelImplementations with org.jcanns.nativeblas.OpenBlasImplementations;
}

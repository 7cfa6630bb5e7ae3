/** Hebbian, anti-Hebbian, Oja, Sanger, BCM and STDP trainers, written against the SPI model contracts. */
module org.jcanns.trainers {
    requires org.jcanns.core;
    requires org.slf4j;

    provides org.jcanns.spi.train.TrainerProvider with org.jcanns.trainers.HebbianProvider,
            org.jcanns.trainers.AntiHebbianProvider,
            org.jcanns.trainers.OjaProvider,
            org.jcanns.trainers.SangerProvider,
            org.jcanns.trainers.BcmProvider,
            org.jcanns.trainers.StdpProvider;
}

package org.jcanns.spi.train;

/**
 * What one batch recall did, per cue b.
 *
 * @param energies {@code energies[b][t]}: the network energy after t updates ({@code t = 0}: the cue itself), for
 *     t up to the update limit; after the state stopped changing the last energy repeats, since further updates
 *     would leave the state, and so the energy, as it is
 * @param changes {@code changes[b]}: how many updates changed the state (the limit when it never settled)
 */
public record Recall(float[][] energies, int[] changes) {
    public Recall {
        if (energies.length != changes.length) {
            throw new IllegalArgumentException("one energy trace per cue: " + energies.length + " traces for "
                    + changes.length + " cues");
        }
    }

    /** Number of cues recalled. */
    public int cues() {
        return changes.length;
    }
}

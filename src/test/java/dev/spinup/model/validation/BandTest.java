package dev.spinup.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The error a validation row prints: against the number quoted, or the nearer end of a quoted range. */
class BandTest {

    @Test
    void aPointIsComparedWithTheNumberQuoted() {
        assertEquals(0.06, Band.around(272).error(288.32), 1e-9);
        assertEquals(-0.5, Band.exactly(10).error(5), 1e-9);
    }

    @Test
    void aRangeCountsNothingInsideAndTheDistanceToItsNearerEndOutside() {
        Band band = Band.between(167, 212);
        assertEquals(0, band.error(170));
        assertEquals(0.1, band.error(233.2), 1e-9);
        assertEquals(-0.5, band.error(83.5), 1e-9);
    }
}

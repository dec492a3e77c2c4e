package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SimTimeFormatTest {

    @Test
    void eachUnitReadsAsItsOwnRange() {
        assertEquals("420 ns", SimTime.format(420));
        assertEquals("420 µs", SimTime.format(420 * SimTime.MICROSECOND));
        assertEquals("850 ms", SimTime.format(850 * SimTime.MILLISECOND));
        assertEquals("15.1 s", SimTime.format(15_100 * SimTime.MILLISECOND));
        assertEquals("2 min 3 s", SimTime.format(123 * SimTime.SECOND));
        assertEquals("-1.5 s", SimTime.format(-1_500 * SimTime.MILLISECOND));
    }

    @Test
    void roundingUpCarriesIntoTheNextUnit() {
        // the 5 000-node burst's last pod: 124 min 59.6 s printed "124 min 60 s"
        assertEquals("125 min 0 s", SimTime.format(124 * SimTime.MINUTE + 59_600 * SimTime.MILLISECOND));
        assertEquals("1 min 0 s", SimTime.format(59_960 * SimTime.MILLISECOND));
        assertEquals("1 s", SimTime.format(999_960 * SimTime.MICROSECOND));
        assertEquals("1 ms", SimTime.format(999_960));
        assertEquals("59.9 s", SimTime.format(59_940 * SimTime.MILLISECOND));
        assertEquals("999 ms", SimTime.format(999_400 * SimTime.MICROSECOND));
    }
}

package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ConstantTest {

    @Test
    void alwaysTheValueAndConsumesNoDraws() {
        RandomStream used = new RandomStreams(3).stream("x");
        RandomStream untouched = new RandomStreams(3).stream("x");
        Constant constant = new Constant(5);
        for (int i = 0; i < 100; i++) {
            assertEquals(5.0, constant.sample(used));
        }
        assertEquals(untouched.nextLong(), used.nextLong());
        assertEquals(5.0, constant.mean());
        assertEquals("constant(5)", constant.describe());
    }

    @Test
    void rejectsNonFiniteValues() {
        assertThrows(IllegalArgumentException.class, () -> new Constant(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> new Constant(Double.NEGATIVE_INFINITY));
    }
}

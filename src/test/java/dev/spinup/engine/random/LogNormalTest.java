package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.stats.Tally;
import org.junit.jupiter.api.Test;

class LogNormalTest {

    @Test
    void fromMedianAndP99ReproducesThePublishedFigures() {
        LogNormal boot = LogNormal.fromMedianAndP99(110, 115);
        assertEquals(Math.log(110), boot.mu(), 1e-14);
        assertEquals(Math.log(115.0 / 110) / 2.3263478740408408, boot.sigma(), 1e-15);
        assertEquals(110.0, boot.median(), 1e-11);
        assertEquals(115.0, boot.percentile(0.99), 1e-9);
        assertEquals("lognormal(median 110, p99 115)", boot.describe());

        Tally tally = Draws.of(boot);
        assertEquals(110.0, tally.percentile(0.5), 0.03);
        assertEquals(115.0, tally.percentile(0.99), 0.1);
        assertEquals(boot.mean(), tally.mean(), 0.025);
        assertTrue(tally.min() > 0);
    }

    @Test
    void standardLogNormalMatchesItsClosedForms() {
        LogNormal standard = new LogNormal(0, 1);
        assertEquals(Math.exp(0.5), standard.mean(), 1e-14);
        assertEquals(1.0, standard.median());
        assertEquals(Math.exp(1.959963984540054), standard.percentile(0.975), 1e-12);
        assertEquals(0.0, standard.percentile(0));
        assertEquals(Double.POSITIVE_INFINITY, standard.percentile(1));

        Tally tally = Draws.of(standard);
        assertEquals(Math.exp(0.5), tally.mean(), 0.025);
        assertEquals(1.0, tally.percentile(0.5), 0.01);
        assertEquals(Math.exp(-1.2815515655446004), tally.percentile(0.1), 0.005);
    }

    @Test
    void rejectsInvalidParameters() {
        assertThrows(IllegalArgumentException.class, () -> new LogNormal(0, 0));
        assertThrows(IllegalArgumentException.class, () -> new LogNormal(0, -1));
        assertThrows(IllegalArgumentException.class, () -> new LogNormal(Double.NaN, 1));
        assertThrows(IllegalArgumentException.class, () -> LogNormal.fromMedianAndP99(110, 100));
        assertThrows(IllegalArgumentException.class, () -> LogNormal.fromMedianAndP99(110, 110));
        assertThrows(IllegalArgumentException.class, () -> LogNormal.fromMedianAndP99(0, 5));
        assertThrows(IllegalArgumentException.class, () -> LogNormal.fromMedianAndP99(Double.NaN, 5));
        assertThrows(IllegalArgumentException.class, () -> new LogNormal(0, 1).percentile(99));
    }
}

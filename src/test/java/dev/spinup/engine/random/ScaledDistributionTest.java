package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScaledDistributionTest {

    @Test
    void scalingMultipliesEveryDrawByTheFactor() {
        List<Distribution> all = List.of(new Constant(3), new Uniform(1, 5), new TruncatedNormal(10, 2),
                LogNormal.fromMedianAndP99(110, 115), new Exponential(7), new Empirical(new double[] {1, 2, 9}));
        for (Distribution d : all) {
            Distribution twice = d.scaled(2.5);
            RandomStream a = new RandomStreams(4).stream("x");
            RandomStream b = new RandomStreams(4).stream("x");
            for (int i = 0; i < 200; i++) {
                assertEquals(d.sample(a) * 2.5, twice.sample(b), 1e-9 * (1 + Math.abs(d.mean())), d.describe());
            }
            assertEquals(d.mean() * 2.5, twice.mean(), 1e-9 * (1 + Math.abs(d.mean())), d.describe());
        }
        assertEquals(220, ((LogNormal) LogNormal.fromMedianAndP99(110, 115).scaled(2)).median(), 1e-9);
        assertThrows(IllegalArgumentException.class, () -> new Constant(1).scaled(0));
    }
}

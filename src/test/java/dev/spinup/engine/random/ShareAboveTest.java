package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Distribution#shareAbove} is what sampling does: the share of 200 000 draws above a limit lies within
 * four standard errors of it, for every distribution and at limits in the body and in the tails.
 */
class ShareAboveTest {

    private static final List<Distribution> SHAPES = List.of(new Constant(5), new Uniform(2, 6),
            new TruncatedNormal(3, 2), new TruncatedNormal(-1, 2), LogNormal.fromMedianAndP99(700, 1536),
            new Exponential(4), new Empirical(new double[] {1, 2, 2, 5, 9}));

    @Test
    void theShareAboveALimitIsTheShareOfDrawsAboveIt() {
        for (Distribution shape : SHAPES) {
            for (double limit : new double[] {-1, 0.5, 2, 3, 4.5, 5, 8, 700, 991.8, 1536, 3000}) {
                double expected = shape.shareAbove(limit);
                assertTrue(expected >= 0 && expected <= 1, shape.describe() + " at " + limit + ": " + expected);
                RandomStream stream = new RandomStreams(31_337).stream(shape.describe());
                int above = 0;
                for (int i = 0; i < Draws.N; i++) {
                    if (shape.sample(stream) > limit) {
                        above++;
                    }
                }
                double seen = above / (double) Draws.N;
                double error = Math.sqrt(Math.max(expected * (1 - expected), 1e-6) / Draws.N);
                assertEquals(expected, seen, 4 * error + 1e-9, shape.describe() + " above " + limit);
            }
        }
    }

    @Test
    void boundedShapesAreWholeBelowTheirLeastAndEmptyAtTheirMost() {
        assertEquals(1, new Uniform(2, 6).shareAbove(1.99));
        assertEquals(0, new Uniform(2, 6).shareAbove(6));
        assertEquals(0.25, new Uniform(2, 6).shareAbove(5), 1e-12);
        assertEquals(0, new Empirical(new double[] {1, 9}).shareAbove(9));
        assertEquals(0.5, new Empirical(new double[] {1, 9}).shareAbove(5), 1e-12);
        assertEquals(1, new Constant(5).shareAbove(4.9));
        assertEquals(0, new Constant(5).shareAbove(5));
    }
}

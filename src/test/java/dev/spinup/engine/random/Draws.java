package dev.spinup.engine.random;

import dev.spinup.engine.stats.Tally;

/** Draws many samples of a distribution from a fixed-seed stream into a tally, for statistical assertions. */
final class Draws {

    static final int N = 200_000;

    private Draws() {
    }

    static Tally of(Distribution distribution) {
        RandomStream stream = new RandomStreams(31_337).stream(distribution.describe());
        Tally tally = new Tally();
        for (int i = 0; i < N; i++) {
            tally.add(distribution.sample(stream));
        }
        return tally;
    }
}

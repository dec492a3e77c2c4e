package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubstreamTest {

    private static long[] draws(RandomStream s, int n) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = s.nextLong();
        }
        return out;
    }

    @Test
    void theSameIndexGivesTheSameDrawsWhateverWasAskedBefore() {
        RandomStreams a = new RandomStreams(42);
        RandomStreams b = new RandomStreams(42);
        a.stream("instances/app").substream(3).nextLong();
        a.stream("other").nextLong();
        assertArrayEquals(draws(b.stream("instances/app").substream(7), 100),
                draws(a.stream("instances/app").substream(7), 100));
        assertEquals("instances/app#7", a.stream("instances/app").substream(7).name());
    }

    @Test
    void substreamsDoNotDependOnTheParentsPosition() {
        RandomStreams streams = new RandomStreams(1);
        RandomStream parent = streams.stream("p");
        long[] before = draws(parent.substream(0), 10);
        parent.nextLong();
        parent.nextLong();
        assertArrayEquals(before, draws(parent.substream(0), 10));
    }

    @Test
    void neighbouringIndicesAndSeedsGiveUnrelatedStreams() {
        Set<Long> firstDraws = new HashSet<>();
        RandomStream parent = new RandomStreams(9).stream("instances/stack");
        for (int i = 0; i < 10_000; i++) {
            assertFalse(!firstDraws.add(parent.substream(i).nextLong()), "collision at " + i);
        }
        assertFalse(parent.substream(5).nextLong() == new RandomStreams(10).stream("instances/stack").substream(5)
                .nextLong());
        // A crude uniformity check across substreams: the mean of the first double of 10 000 substreams.
        double sum = 0;
        for (int i = 0; i < 10_000; i++) {
            sum += parent.substream(i).nextDouble();
        }
        assertEquals(0.5, sum / 10_000, 0.015);
        assertThrows(IllegalArgumentException.class, () -> parent.substream(-1));
    }
}

package dev.spinup.engine.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static final int DRAWS = 1000;

    @Test
    void sameSeedAndNameGiveIdenticalDrawsInSeparateRuns() {
        // Two arms of a comparison each build their own streams from the scenario seed.
        RandomStream armA = new RandomStreams(42).stream("vm-17/firmware");
        RandomStream armB = new RandomStreams(42).stream("vm-17/firmware");
        assertArrayEquals(longs(armA, DRAWS), longs(armB, DRAWS));
        for (int i = 0; i < DRAWS; i++) {
            assertEquals(armA.nextDouble(), armB.nextDouble());
            assertEquals(armA.nextGaussian(), armB.nextGaussian());
            assertEquals(armA.nextInt(37), armB.nextInt(37));
        }
    }

    @Test
    void differentNamesGiveDifferentDraws() {
        RandomStreams streams = new RandomStreams(42);
        List<String> names = List.of("vm-1", "vm-10", "vm-2", "vm-1/firmware", "boot", "Boot", "boot ");
        long[][] draws = new long[names.size()][];
        for (int i = 0; i < names.size(); i++) {
            draws[i] = longs(streams.stream(names.get(i)), DRAWS);
        }
        for (int i = 0; i < draws.length; i++) {
            for (int j = i + 1; j < draws.length; j++) {
                assertEquals(0, samePositions(draws[i], draws[j]), names.get(i) + " vs " + names.get(j));
            }
        }
    }

    @Test
    void creatingAndUsingOtherStreamsInBetweenChangesNothing() {
        long[] alone = longs(new RandomStreams(7).stream("registry/pull"), DRAWS);

        RandomStreams crowded = new RandomStreams(7);
        RandomStream before = crowded.stream("scheduler");
        before.nextLong();
        RandomStream target = crowded.stream("registry/pull");
        RandomStream after = crowded.stream("vm-3/kernel");
        long[] interleaved = new long[DRAWS];
        for (int i = 0; i < DRAWS; i++) {
            before.nextDouble();
            interleaved[i] = target.nextLong();
            after.nextGaussian();
            crowded.stream("container-" + i).nextLong();
        }
        assertArrayEquals(alone, interleaved);
    }

    @Test
    void differentScenarioSeedGivesDifferentDraws() {
        long[] one = longs(new RandomStreams(1).stream("boot"), DRAWS);
        long[] two = longs(new RandomStreams(2).stream("boot"), DRAWS);
        assertEquals(0, samePositions(one, two));
    }

    @Test
    void askingAgainReturnsTheSameStreamWhichContinues() {
        RandomStreams streams = new RandomStreams(5);
        RandomStream first = streams.stream("disk");
        long firstDraw = first.nextLong();
        RandomStream again = streams.stream("disk");
        assertSame(first, again);

        long[] fresh = longs(new RandomStreams(5).stream("disk"), 2);
        assertEquals(fresh[0], firstDraw);
        assertEquals(fresh[1], again.nextLong());
    }

    @Test
    void childIsTheStreamWithTheHierarchicalName() {
        RandomStreams streams = new RandomStreams(11);
        RandomStream child = streams.stream("vm-17").child("firmware");
        assertEquals("vm-17/firmware", child.name());
        assertSame(streams.stream("vm-17/firmware"), child);
        assertArrayEquals(longs(new RandomStreams(11).stream("vm-17/firmware"), DRAWS), longs(child, DRAWS));
    }

    /**
     * Expected values computed outside Java (Python: hashlib.sha256 over the seed's 8 big-endian bytes and the
     * UTF-8 name, then the SplitMix64 reference). If this fails, every saved scenario's numbers change.
     */
    @Test
    void seedDerivationAndDrawsMatchAnIndependentImplementation() {
        assertReference(42, "boot", 0xdd45e415257ac3d4L,
                8305161019057018155L, -3326214383126332902L, -1733339766036121476L);
        assertReference(42, "vm-17/firmware", 0xfeae53f833da43e2L,
                2325402350139620268L, 2555643564295413278L, -367081374579373151L);
        assertReference(-7, "\u00ff\u00e9-\u540d", 0x35a810002cd1cc43L,
                -4203698860754468017L, -6846342492626283795L, 8494393694634304770L);
    }

    private static void assertReference(long seed, String name, long derived, long... firstDraws) {
        RandomStream stream = new RandomStreams(seed).stream(name);
        assertEquals(derived, stream.seed(), name);
        assertArrayEquals(firstDraws, longs(stream, firstDraws.length), name);
    }

    @Test
    void underlyingGeneratorIsSplitMix64() {
        RandomStream stream = new RandomStreams(99).stream("network");
        long state = stream.seed();
        for (int i = 0; i < DRAWS; i++) {
            state += 0x9e3779b97f4a7c15L;
            long z = state;
            z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
            z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
            assertEquals(z ^ (z >>> 31), stream.nextLong(), "draw " + i);
        }
    }

    @Test
    void rejectsBlankNames() {
        RandomStreams streams = new RandomStreams(1);
        assertThrows(IllegalArgumentException.class, () -> streams.stream(""));
        assertThrows(IllegalArgumentException.class, () -> streams.stream("  "));
        assertThrows(IllegalArgumentException.class, () -> streams.stream(null));
        assertThrows(IllegalArgumentException.class, () -> streams.stream("vm-1").child(" "));
        assertTrue(streams.toString().contains("seed=1"));
    }

    private static long[] longs(RandomStream stream, int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) {
            values[i] = stream.nextLong();
        }
        return values;
    }

    private static int samePositions(long[] a, long[] b) {
        int same = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) {
                same++;
            }
        }
        return same;
    }
}

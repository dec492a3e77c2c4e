package dev.spinup.engine.random;

import java.util.SplittableRandom;

/**
 * One named, reproducible sequence of random numbers. The raw 64-bit values come from the JDK's
 * {@link SplittableRandom}, which is SplitMix64 and has produced the same sequence for a given seed since JDK 8;
 * every derived value (doubles, bounded ints, Gaussians) is computed here from those raw values, so no JDK
 * change to a convenience method can alter a run. Obtained from {@link RandomStreams#stream(String)}.
 */
public final class RandomStream {

    private static final double DOUBLE_UNIT = 0x1.0p-53;
    private static final long LOW_32_BITS = 0xFFFF_FFFFL;
    private static final long TWO_TO_32 = 0x1_0000_0000L;
    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final String SUBSTREAM_MARK = "#";

    private final RandomStreams owner;
    /** The stream's name, or its parent's for a substream (whose name is only spelled out when asked for). */
    private final String baseName;
    /** The substream index, or -1 for a named stream. */
    private final long index;
    private final long seed;
    /** Made on the first draw: most of a storm's per-instance substreams are never drawn from (40 bytes each). */
    private SplittableRandom generator;

    RandomStream(RandomStreams owner, String name, long seed) {
        this(owner, name, -1, seed);
    }

    private RandomStream(RandomStreams owner, String baseName, long index, long seed) {
        this.owner = owner;
        this.baseName = baseName;
        this.index = index;
        this.seed = seed;
    }

    public String name() {
        return index < 0 ? baseName : baseName + SUBSTREAM_MARK + index;
    }

    /** The 64-bit seed derived from the scenario seed and this stream's name. */
    public long seed() {
        return seed;
    }

    /** The sub-stream {@code name/part}, e.g. {@code streams.stream("vm-17").child("firmware")}. */
    public RandomStream child(String part) {
        if (part == null || part.isBlank()) {
            throw new IllegalArgumentException("a child stream needs a non-blank name part, got: " + part);
        }
        return owner.stream(name() + RandomStreams.SEPARATOR + part);
    }

    /**
     * The {@code index}-th substream, e.g. one per instance of a workload of a million: derived in O(1) from this
     * stream's seed and the index with SplitMix64's finaliser, never cached, and independent of creation order.
     * Equal (stream name, index) pairs give equal draws in every arm of a comparison.
     */
    public RandomStream substream(long index) {
        if (index < 0) {
            throw new IllegalArgumentException("a substream index cannot be negative: " + index);
        }
        long mixed = mix64(seed ^ mix64(index + GOLDEN_GAMMA));
        // A million instances each take a substream: the name is built only if someone asks for it.
        return new RandomStream(owner, name(), index, mixed);
    }

    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniformly distributed 64-bit value. */
    public long nextLong() {
        if (generator == null) {
            generator = new SplittableRandom(seed);
        }
        return generator.nextLong();
    }

    /** A uniform double in [0, 1): the top 53 bits of one {@link #nextLong()}, scaled by 2⁻⁵³. */
    public double nextDouble() {
        return (nextLong() >>> 11) * DOUBLE_UNIT;
    }

    /** A uniform double in (0, 1], never 0, for use where a logarithm is taken. */
    public double nextPositiveDouble() {
        return ((nextLong() >>> 11) + 1) * DOUBLE_UNIT;
    }

    /** A uniform int in [0, bound), without modulo bias (Lemire's multiply-and-reject method). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("the bound must be positive: " + bound);
        }
        long product = (nextLong() >>> 32) * bound;
        long low = product & LOW_32_BITS;
        if (low < bound) {
            long threshold = (TWO_TO_32 - bound) % bound;
            while (low < threshold) {
                product = (nextLong() >>> 32) * bound;
                low = product & LOW_32_BITS;
            }
        }
        return (int) (product >>> 32);
    }

    /**
     * A standard normal value by the Box-Muller transform, consuming exactly two draws (no cached spare, so a
     * stream's position is simply the number of draws). |result| is at most √(-2 ln 2⁻⁵³) ≈ 8.57.
     */
    public double nextGaussian() {
        double radius = StrictMath.sqrt(-2.0 * StrictMath.log(nextPositiveDouble()));
        return radius * StrictMath.cos(2.0 * Math.PI * nextDouble());
    }

    @Override
    public String toString() {
        return "RandomStream[" + name() + "]";
    }
}

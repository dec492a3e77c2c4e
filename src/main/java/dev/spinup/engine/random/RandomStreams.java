package dev.spinup.engine.random;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/**
 * The named random streams of one simulation run. A stream's seed depends only on the scenario seed and the
 * stream's name (the first 64 bits of SHA-256 over both), never on creation order or the clock, so adding a
 * stream leaves every other stream's draws unchanged, and two arms of a comparison that ask for the same name
 * draw the same numbers (common random numbers). One instance per run; not thread-safe.
 */
public final class RandomStreams {

    /** Separates the levels of a hierarchical stream name, as in {@code "vm-17/firmware"}. */
    public static final String SEPARATOR = "/";

    private final long scenarioSeed;
    private final Map<String, RandomStream> streams = new HashMap<>();

    public RandomStreams(long scenarioSeed) {
        this.scenarioSeed = scenarioSeed;
    }

    public long scenarioSeed() {
        return scenarioSeed;
    }

    /**
     * The stream with this name, created on first request; asking again returns the same stream, which
     * continues its sequence rather than restarting it.
     */
    public RandomStream stream(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a random stream needs a non-blank name, got: " + name);
        }
        return streams.computeIfAbsent(name, n -> new RandomStream(this, n, seedFor(scenarioSeed, n)));
    }

    /** The 64-bit seed of stream {@code name}: SHA-256 of the seed's 8 big-endian bytes then the name in UTF-8. */
    static long seedFor(long scenarioSeed, String name) {
        MessageDigest sha256 = sha256();
        sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(scenarioSeed).array());
        sha256.update(name.getBytes(StandardCharsets.UTF_8));
        return ByteBuffer.wrap(sha256.digest()).getLong();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "RandomStreams[seed=" + scenarioSeed + ", streams=" + streams.size() + "]";
    }
}

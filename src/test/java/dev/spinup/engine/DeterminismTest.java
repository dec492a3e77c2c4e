package dev.spinup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.spinup.engine.random.Exponential;
import dev.spinup.engine.random.RandomStream;
import dev.spinup.engine.random.RandomStreams;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static final EventKind JOB = EventKind.of("job");

    /** A small shop: two FIFO servers and a shared disk, 20 000 jobs; the SHA-256 of every (time, kind) fired. */
    private static String traceHash(long seed, boolean extraStream) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Simulation sim = new Simulation();
        ByteBuffer buffer = ByteBuffer.allocate(Long.BYTES);
        sim.addListener((time, kind) -> {
            buffer.clear();
            digest.update(buffer.putLong(time).array());
            digest.update(kind.name().getBytes(StandardCharsets.UTF_8));
        });
        RandomStreams streams = new RandomStreams(seed);
        if (extraStream) {
            streams.stream("something new").nextLong();
        }
        RandomStream arrivals = streams.stream("arrivals");
        RandomStream sizes = streams.stream("sizes");
        FifoResource lock = new FifoResource(sim, "lock", 2);
        ProcessorSharing disk = new ProcessorSharing(sim, "disk", 1.0);
        Exponential gap = new Exponential(1000);
        Exponential work = new Exponential(1500);
        for (int i = 0; i < 20_000; i++) {
            sim.scheduleAt(Math.round(i * 1000 + gap.sample(arrivals)), Priority.NORMAL, JOB,
                    () -> lock.hold(() -> disk.submit(work.sample(sizes)).completion()).whenDone(c -> { }));
        }
        sim.run();
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void theSameSeedGivesTheSameTraceAndAnotherSeedDoesNot() {
        String first = traceHash(2024, false);
        assertEquals(first, traceHash(2024, false));
        assertNotEquals(first, traceHash(2025, false));
    }

    @Test
    void anExtraNamedStreamLeavesTheOtherDrawsAndSoTheTraceUnchanged() {
        assertEquals(traceHash(7, false), traceHash(7, true));
    }
}

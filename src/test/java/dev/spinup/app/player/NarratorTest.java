package dev.spinup.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.runtime.ModelEvent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The narration follows the trace: one line per phase, ready and refusal, in time order, with sources. */
class NarratorTest {

    @Test
    void linesAreInTimeOrderAndCountTheTracesEvents() {
        Playback playback = new Playback(Lessons4Tests.run("boot-storm"));
        Narrator narrator = new Narrator(playback);
        List<NarrationLine> lines = narrator.lines();
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i - 1).timeNanos() <= lines.get(i).timeNanos());
        }
        long ready = playback.run().arms().stream().flatMap(a -> a.trace().stream())
                .filter(e -> e instanceof ModelEvent.InstanceReady).count();
        long phases = playback.run().arms().stream().flatMap(a -> a.trace().stream())
                .filter(e -> e instanceof ModelEvent.PhaseStarted).count();
        assertEquals(ready, lines.stream().filter(l -> l.kind() == NarrationLine.Kind.READY).count());
        assertEquals(phases, lines.stream().filter(l -> l.kind() == NarrationLine.Kind.PHASE
                || l.kind() == NarrationLine.Kind.WAIT).count());
        assertTrue(lines.stream().filter(l -> l.kind() == NarrationLine.Kind.PHASE).allMatch(l -> l.source().isPresent()));
    }

    @Test
    void dockersWaitOnItsDaemonIsNarratedAsAWait() {
        Narrator narrator = new Narrator(new Playback(Lessons4Tests.run("boot-storm")));
        assertTrue(narrator.lines().stream().anyMatch(l -> l.kind() == NarrationLine.Kind.WAIT
                && l.text().contains("container engine daemon") && l.text().contains("behind")));
    }

    @Test
    void countUpToIsTheNumberOfLinesAtOrBeforeT() {
        Narrator narrator = new Narrator(new Playback(Lessons4Tests.run("hello")));
        List<NarrationLine> lines = narrator.lines();
        for (NarrationLine line : lines) {
            long t = line.timeNanos();
            assertEquals(lines.stream().filter(l -> l.timeNanos() <= t).count(), narrator.countUpTo(t));
        }
        assertEquals(0, narrator.countUpTo(-1));
        assertEquals(lines.size(), narrator.countUpTo(Long.MAX_VALUE));
    }
}

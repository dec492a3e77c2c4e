package dev.spinup.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.model.runtime.ModelEvent;
import dev.spinup.run.ArmResult;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The state at t is what the recorded trace implies at t, for every stack of real lessons. */
class PlaybackTest {

    @ParameterizedTest
    @ValueSource(strings = {"hello", "boot-storm", "density", "cold-vs-warm", "control-plane"})
    void countersAtEveryEventInstantAgreeWithTheTrace(String lesson) {
        Playback playback = new Playback(Lessons4Tests.run(lesson));
        long[] times = playback.eventTimes();
        int step = Math.max(1, times.length / 200);
        for (int i = 0; i < times.length; i += step) {
            long t = times[i];
            List<ArmFrame> frames = playback.framesAt(t);
            for (int a = 0; a < frames.size(); a++) {
                ArmResult arm = playback.arms().get(a).arm();
                TraceCount expected = TraceCount.at(arm, t);
                Counts counts = frames.get(a).counts();
                assertEquals(expected.ready, counts.ready(), lesson + " " + arm.stack().id() + " ready at " + t);
                assertEquals(expected.refused, counts.refused(), lesson + " refused at " + t);
                assertEquals(expected.started - expected.ready - expected.refused - expected.ended,
                        counts.inProgress(), lesson + " in progress at " + t);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"hello", "boot-storm"})
    void steppingForwardVisitsEveryEventInstantInOrderAndBackAgain(String lesson) {
        Playback playback = new Playback(Lessons4Tests.run(lesson));
        TreeSet<Long> expected = new TreeSet<>();
        expected.add(0L);
        for (ArmResult arm : playback.run().arms()) {
            arm.trace().forEach(e -> expected.add(e.timeNanos()));
        }
        PlaybackClock clock = new PlaybackClock(playback);
        List<Long> visited = new java.util.ArrayList<>();
        visited.add(clock.timeNanos());
        while (!clock.atEnd()) {
            clock.stepForward();
            visited.add(clock.timeNanos());
        }
        List<Long> want = new java.util.ArrayList<>(expected);
        if (want.get(want.size() - 1) < playback.endNanos()) {
            want.add(playback.endNanos());
        }
        assertEquals(want, visited);
        for (int i = visited.size() - 2; i >= 0; i--) {
            clock.stepBack();
            assertEquals(visited.get(i), clock.timeNanos());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"boot-storm", "hello"})
    void densityCountsEveryTraceEvent(String lesson) {
        Playback playback = new Playback(Lessons4Tests.run(lesson));
        int total = playback.run().arms().stream().mapToInt(a -> a.trace().size()).sum();
        assertEquals(total, java.util.Arrays.stream(playback.eventDensity(97)).sum());
    }

    @ParameterizedTest
    @ValueSource(strings = {"boot-storm", "cold-vs-warm"})
    void aQueuedTileNamesWhatItWaitsForAndLiesInsideARecordedQueuedInterval(String lesson) {
        Playback playback = new Playback(Lessons4Tests.run(lesson));
        boolean sawQueued = false;
        for (ArmTrack arm : playback.arms()) {
            for (InstanceTrack track : arm.instances()) {
                for (QueuedSpan span : track.queued()) {
                    long mid = span.startNanos() + (span.endNanos() - span.startNanos()) / 2;
                    InstanceMoment m = track.at(mid);
                    assertEquals(TileKind.QUEUED, m.kind(), track.displayName() + " at " + mid);
                    assertEquals(span.waitingFor(), m.waitingFor().orElseThrow());
                    assertTrue(track.phaseAt(mid).intervals().stream().anyMatch(i -> i.startNanos() <= mid
                            && mid < i.endNanos() && !(i instanceof dev.spinup.model.startup.PhaseInterval.Working)));
                    sawQueued = true;
                }
            }
        }
        if (lesson.equals("boot-storm")) {
            assertTrue(sawQueued, "Docker's containers queue on the daemon in a boot storm");
        }
    }

    /** Counts straight from the trace's events, independently of the tracks. */
    private static final class TraceCount {
        int started;
        int ready;
        int refused;
        int ended;

        static TraceCount at(ArmResult arm, long t) {
            TraceCount c = new TraceCount();
            Set<String> workload = new HashSet<>();
            arm.instances().forEach(i -> workload.add(i.id().toString()));
            Set<String> requested = new HashSet<>();
            Set<String> ready = new HashSet<>();
            for (ModelEvent e : arm.trace()) {
                if (e.timeNanos() > t) {
                    break;
                }
                if (e instanceof ModelEvent.InstanceAdmitted a && workload.contains(a.instance().toString())) {
                    requested.add(a.instance().toString());
                } else if (e instanceof ModelEvent.InstanceRefused r && workload.contains(r.instance().toString())) {
                    requested.add(r.instance().toString());
                    c.refused++;
                } else if (e instanceof ModelEvent.InstanceReady r && workload.contains(r.instance().toString())) {
                    ready.add(r.instance().toString());
                } else if ((e instanceof ModelEvent.InstanceStopped || e instanceof ModelEvent.InstanceFailed)
                        && workload.contains(instanceOf(e))) {
                    ready.remove(instanceOf(e));
                    c.ended++;
                }
            }
            c.started = requested.size();
            c.ready = ready.size();
            return c;
        }

        private static String instanceOf(ModelEvent e) {
            return e instanceof ModelEvent.InstanceStopped s ? s.instance().toString()
                    : ((ModelEvent.InstanceFailed) e).instance().toString();
        }
    }
}

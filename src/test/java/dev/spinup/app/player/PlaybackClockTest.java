package dev.spinup.app.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.engine.SimTime;
import org.junit.jupiter.api.Test;

/** Play, pause, speed and both pacings, on a real boot-storm run. */
class PlaybackClockTest {

    private final Playback playback = new Playback(Lessons4Tests.run("boot-storm"));

    @Test
    void pausedClockDoesNotMoveAndPlayingLinearClockMovesAtItsSpeed() {
        PlaybackClock clock = new PlaybackClock(playback);
        clock.setPacing(Pacing.LINEAR);
        clock.advance(SimTime.SECOND);
        assertEquals(0, clock.timeNanos());
        clock.setSpeed(2.5);
        clock.play();
        clock.advance(SimTime.MILLISECOND * 400);
        assertEquals(SimTime.SECOND, clock.timeNanos());
        clock.pause();
        clock.advance(SimTime.SECOND);
        assertEquals(SimTime.SECOND, clock.timeNanos());
    }

    @Test
    void playbackStopsAtTheEndAndPlayingAgainStartsOver() {
        PlaybackClock clock = new PlaybackClock(playback);
        clock.setPacing(Pacing.LINEAR);
        clock.setSpeed(1000);
        clock.play();
        clock.advance(SimTime.HOUR);
        assertEquals(playback.endNanos(), clock.timeNanos());
        assertFalse(clock.playing());
        clock.play();
        assertEquals(0, clock.timeNanos());
        assertTrue(clock.playing());
    }

    @Test
    void adaptivePacingIsSlowAtTheStartOfABurstAndGrowsAsItAges() {
        PlaybackClock clock = new PlaybackClock(playback);
        long burst = playback.busyPeriods().startOfPeriodAt(0);
        assertEquals(0, burst, "the storm starts at once");
        assertEquals(PlaybackClock.BURST_START_RATE, clock.adaptiveRate(0), 1e-12);
        double early = clock.adaptiveRate(SimTime.SECOND);
        double late = clock.adaptiveRate(30 * SimTime.SECOND);
        assertTrue(late > early * 10, early + " then " + late);
        clock.setSpeed(4);
        assertEquals(4 * late, clock.adaptiveRate(30 * SimTime.SECOND), 1e-9);
    }

    @Test
    void adaptivePlaybackShowsAContainersHundredMillisecondsAndAVmsMinuteInAWatchableTime() {
        PlaybackClock clock = new PlaybackClock(playback);
        clock.play();
        long frame = SimTime.SECOND / 60;
        int frames = 0;
        int framesToFirstTenth = -1;
        while (clock.playing()) {
            clock.advance(frame);
            frames++;
            if (framesToFirstTenth < 0 && clock.timeNanos() >= SimTime.SECOND / 10) {
                framesToFirstTenth = frames;
            }
        }
        double wallSeconds = frames / 60.0;
        assertTrue(framesToFirstTenth / 60.0 >= 0.5, "the first 100 ms take at least half a second to watch");
        assertTrue(wallSeconds < 20, "the whole storm plays in under 20 s at 1x, took " + wallSeconds);
    }

    @Test
    void seekClampsToTheRunAndSpeedIsBounded() {
        PlaybackClock clock = new PlaybackClock(playback);
        clock.seek(-5);
        assertEquals(0, clock.timeNanos());
        clock.seek(Long.MAX_VALUE);
        assertEquals(playback.endNanos(), clock.timeNanos());
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(0.01));
        assertThrows(IllegalArgumentException.class, () -> clock.setSpeed(5000));
        clock.reset();
        assertEquals(0, clock.timeNanos());
        assertFalse(clock.playing());
    }
}

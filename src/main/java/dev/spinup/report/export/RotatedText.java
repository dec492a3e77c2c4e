package dev.spinup.report.export;

import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.jfree.chart.text.TextUtils;

/**
 * Holds JFreeChart's one global switch for how rotated strings are drawn fixed while an export draws. The SVG
 * export turns the switch off (so a rotated axis label stays a text element); a PDF drawn meanwhile on another
 * thread drew that label through the other path and came out with other bytes, so the same lesson's PDF differed
 * from run to run. PNG and PDF exports (the handout's too) draw side by side under the default; an SVG export draws alone.
 */
public final class RotatedText {

    private static final ReadWriteLock LOCK = new ReentrantReadWriteLock();

    private RotatedText() {
    }

    /** Draws with JFreeChart's default setting, beside other exports that use it too. */
    public static void withDefault(Runnable draw) {
        LOCK.readLock().lock();
        try {
            draw.run();
        } finally {
            LOCK.readLock().unlock();
        }
    }

    /** Draws with rotated strings drawn as strings, not as a TextLayout, while no other export draws. */
    static void asStrings(Runnable draw) {
        LOCK.writeLock().lock();
        boolean previous = TextUtils.isUseDrawRotatedStringWorkaround();
        try {
            TextUtils.setUseDrawRotatedStringWorkaround(false);
            draw.run();
        } finally {
            TextUtils.setUseDrawRotatedStringWorkaround(previous);
            LOCK.writeLock().unlock();
        }
    }
}

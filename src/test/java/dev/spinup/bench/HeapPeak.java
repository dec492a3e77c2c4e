package dev.spinup.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a run had in use: the heap peaks just before a collection, so this keeps the largest heap total
 * any collection found on entry (from the JVM's GC notifications), and the heap in use when asked.
 */
final class HeapPeak {

    private static final long NOTIFICATION_TIMEOUT_NANOS = 5_000_000_000L;

    private final AtomicLong peak = new AtomicLong();
    private final Object notified = new Object();
    private long notifications;
    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(pool -> pool.getName())
            .collect(Collectors.toSet());

    HeapPeak() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                    return;
                }
                GarbageCollectionNotificationInfo info =
                        GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                peak.accumulateAndGet(heapTotal(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                synchronized (notified) {
                    notifications++;
                    notified.notifyAll();
                }
            }, null, null);
        }
    }

    private long heapTotal(Map<String, MemoryUsage> usage) {
        long total = 0;
        for (Map.Entry<String, MemoryUsage> pool : usage.entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                total += pool.getValue().getUsed();
            }
        }
        return total;
    }

    /** Collects everything collectable first, so the next run starts from the same floor. */
    void reset() {
        usedAfterFullGc();
        awaitNotifications();
        peak.set(0);
    }

    /** The largest heap in use since {@link #reset()}. GC notifications arrive asynchronously, hence the wait. */
    long peak() {
        long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        awaitNotifications();
        return Math.max(peak.get(), now);
    }

    /**
     * GC notifications arrive on another thread after the collection: wait until one has been handled for every
     * collection the JVM has counted (with a timeout, as the JVM may drop notifications under load).
     */
    private void awaitNotifications() {
        long collections = ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionCount).sum();
        long deadline = System.nanoTime() + NOTIFICATION_TIMEOUT_NANOS;
        synchronized (notified) {
            while (notifications < collections && System.nanoTime() < deadline) {
                try {
                    notified.wait(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Heap in use once a full collection has run: what the run still holds. */
    static long usedAfterFullGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}

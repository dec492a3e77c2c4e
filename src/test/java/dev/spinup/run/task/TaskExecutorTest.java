package dev.spinup.run.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class TaskExecutorTest {

    @Test
    void theDirectExecutorRunsTheTaskBeforeSubmitReturns() {
        List<String> progress = new ArrayList<>();
        TaskHandle<String> handle = new DirectTaskExecutor().submit(context -> {
            context.progress(1, 2);
            context.progress(2, 2);
            return "done";
        }, (done, total) -> progress.add(done + "/" + total));
        assertTrue(handle.result().isDone());
        assertEquals("done", handle.await());
        assertEquals(List.of("1/2", "2/2"), progress);
        handle.cancel();
        assertFalse(handle.isCancelled(), "a finished task cannot be cancelled any more");
    }

    @Test
    void aFailureReachesTheCallerAsThrown() {
        TaskHandle<String> handle = new DirectTaskExecutor().submit(context -> {
            throw new IllegalArgumentException("no such lesson");
        }, ProgressListener.NONE);
        assertEquals("no such lesson", assertThrows(IllegalArgumentException.class, handle::await).getMessage());
    }

    @Test
    void aRunningTaskStopsWhenCancelledAndItsResultSaysSo() throws Exception {
        ProcessTaskExecutor pool = new ProcessTaskExecutor(1, "cancel-test");
        try {
            CountDownLatch started = new CountDownLatch(1);
            AtomicBoolean sawCancellation = new AtomicBoolean();
            TaskHandle<Integer> handle = pool.submit(context -> {
                started.countDown();
                while (!context.isCancelled()) {
                    Thread.onSpinWait();
                }
                sawCancellation.set(true);
                context.throwIfCancelled();
                return 1;
            }, ProgressListener.NONE);
            started.await();
            handle.cancel();
            assertThrows(CancellationException.class, () -> handle.result().join());
            assertTrue(sawCancellation.get(), "the result completes only after the task's code has returned");
            assertTrue(handle.isCancelled());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aQueuedTaskThatIsCancelledNeverStarts() throws Exception {
        ProcessTaskExecutor pool = new ProcessTaskExecutor(1, "queue-test");
        try {
            CountDownLatch release = new CountDownLatch(1);
            TaskHandle<Void> blocker = pool.submit(context -> {
                release.await();
                return null;
            }, ProgressListener.NONE);
            AtomicBoolean ran = new AtomicBoolean();
            TaskHandle<Void> queued = pool.submit(context -> {
                ran.set(true);
                return null;
            }, ProgressListener.NONE);
            queued.cancel();
            assertTrue(queued.result().isCancelled());
            release.countDown();
            blocker.result().get(30, TimeUnit.SECONDS);
            // One thread, first in first out: once this is done, the cancelled task had its turn and skipped it.
            pool.submit(context -> null, ProgressListener.NONE).result().get(30, TimeUnit.SECONDS);
            assertFalse(ran.get());
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void shutdownCancelsWhatRunsAndRefusesMore() throws Exception {
        ProcessTaskExecutor pool = new ProcessTaskExecutor(1, "shutdown-test");
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<Void> running = pool.submit(context -> {
            started.countDown();
            while (!context.isCancelled()) {
                Thread.onSpinWait();
            }
            return null;
        }, ProgressListener.NONE);
        started.await();
        pool.shutdown();
        assertThrows(CancellationException.class, () -> running.result().get(30, TimeUnit.SECONDS));
        assertThrows(RejectedExecutionException.class, () -> pool.submit(context -> null, ProgressListener.NONE));
    }

    @Test
    void progressStopsOnceCancelled() throws Exception {
        ProcessTaskExecutor pool = new ProcessTaskExecutor(1, "progress-test");
        try {
            List<Integer> heard = new ArrayList<>();
            CountDownLatch reportedOne = new CountDownLatch(1);
            CountDownLatch cancelled = new CountDownLatch(1);
            TaskHandle<Void> handle = pool.submit(context -> {
                context.progress(1, 3);
                reportedOne.countDown();
                cancelled.await();
                context.progress(2, 3);
                return null;
            }, (done, total) -> heard.add(done));
            reportedOne.await();
            handle.cancel();
            cancelled.countDown();
            assertThrows(CancellationException.class, () -> handle.result().get(30, TimeUnit.SECONDS));
            assertEquals(List.of(1), heard);
        } finally {
            pool.shutdown();
        }
    }
}

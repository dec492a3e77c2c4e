package dev.spinup.run.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LatestRequestTest {

    /** Stands in for the UI thread: deliveries wait in a queue until the test runs them. */
    private final Queue<Runnable> uiThread = new ArrayDeque<>();
    private final List<String> delivered = new ArrayList<>();

    private void runUiThread() {
        Runnable next;
        while ((next = uiThread.poll()) != null) {
            next.run();
        }
    }

    @Test
    void aResultThatArrivesAfterANewerRequestIsDropped() {
        LatestRequest<String> latest = new LatestRequest<>(new DirectTaskExecutor(), uiThread::add);
        latest.submit(context -> "old", delivered::add, failure -> delivered.add("failed: " + failure));
        latest.submit(context -> "new", delivered::add, failure -> delivered.add("failed: " + failure));
        assertEquals(2, uiThread.size(), "both results are on their way to the UI thread");
        runUiThread();
        assertEquals(List.of("new"), delivered);
    }

    @Test
    void aSupersededFailureAndItsProgressAreDroppedToo() {
        LatestRequest<String> latest = new LatestRequest<>(new DirectTaskExecutor(), uiThread::add);
        List<String> progress = new ArrayList<>();
        latest.submit(context -> {
            context.progress(1, 2);
            throw new IllegalStateException("old broke");
        }, (done, total) -> progress.add("old " + done), delivered::add, failure -> delivered.add("failed"));
        latest.submit(context -> {
            context.progress(1, 1);
            return "new";
        }, (done, total) -> progress.add("new " + done), delivered::add, failure -> delivered.add("failed"));
        runUiThread();
        assertEquals(List.of("new"), delivered);
        assertEquals(List.of("new 1"), progress);
    }

    @Test
    void theLatestFailureIsDelivered() {
        LatestRequest<String> latest = new LatestRequest<>(new DirectTaskExecutor(), uiThread::add);
        latest.submit(context -> {
            throw new IllegalArgumentException("no such host");
        }, delivered::add, failure -> delivered.add("failed: " + failure.getMessage()));
        runUiThread();
        assertEquals(List.of("failed: no such host"), delivered);
    }

    @Test
    void cancellingTheLatestDeliversNothing() {
        LatestRequest<String> latest = new LatestRequest<>(new DirectTaskExecutor(), uiThread::add);
        latest.submit(context -> "answer", delivered::add, failure -> delivered.add("failed"));
        latest.cancel();
        runUiThread();
        assertEquals(List.of(), delivered);
    }

    @Test
    void aRunningRequestIsCancelledWhenANewerOneArrivesAndItsResultNeverDelivered() throws Exception {
        ProcessTaskExecutor pool = new ProcessTaskExecutor(2, "latest-test");
        try {
            List<String> seen = new ArrayList<>();
            CountDownLatch oldStarted = new CountDownLatch(1);
            CountDownLatch newerSubmitted = new CountDownLatch(1);
            CountDownLatch oldReturned = new CountDownLatch(1);
            boolean[] oldSawCancel = {false};
            // Delivered straight on the worker thread: the check for "still the latest" must hold there too.
            CountDownLatch deliveriesTried = new CountDownLatch(2);
            LatestRequest<String> latest = new LatestRequest<>(pool, delivery -> {
                delivery.run();
                deliveriesTried.countDown();
            });
            TaskHandle<String> old = latest.submit(context -> {
                oldStarted.countDown();
                newerSubmitted.await();
                oldSawCancel[0] = context.isCancelled();
                oldReturned.countDown();
                return "old, ignoring its cancellation";
            }, value -> {
                synchronized (seen) {
                    seen.add(value);
                }
            }, failure -> {
                synchronized (seen) {
                    seen.add("failed");
                }
            });
            oldStarted.await();
            TaskHandle<String> newer = latest.submit(context -> "new", value -> {
                synchronized (seen) {
                    seen.add(value);
                }
            }, failure -> {
                synchronized (seen) {
                    seen.add("failed");
                }
            });
            newerSubmitted.countDown();
            assertTrue(deliveriesTried.await(30, TimeUnit.SECONDS), "both results reached the delivery step");
            assertTrue(oldReturned.await(30, TimeUnit.SECONDS));
            assertTrue(oldSawCancel[0], "the older request was cancelled when the newer came");
            assertTrue(old.isCancelled());
            synchronized (seen) {
                assertEquals(List.of("new"), seen);
            }
        } finally {
            pool.shutdown();
        }
    }
}

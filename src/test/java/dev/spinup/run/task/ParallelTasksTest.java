package dev.spinup.run.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelTasksTest {

    private final ProcessTaskExecutor pool = new ProcessTaskExecutor(2, "parallel-test");

    @AfterEach
    void stopPool() {
        pool.shutdown();
    }

    @Test
    void resultsComeBackInTaskOrderWhateverFinishesFirst() {
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        List<BackgroundTask<String>> tasks = new ArrayList<>();
        tasks.add(context -> {
            firstMayFinish.await();
            return "first";
        });
        tasks.add(context -> {
            firstMayFinish.countDown();
            return "second";
        });
        assertEquals(List.of("first", "second"), ParallelTasks.runAll(tasks, pool, 2, TaskContext.NONE));
        assertEquals(List.of(), ParallelTasks.runAll(List.<BackgroundTask<String>>of(), pool, 2, TaskContext.NONE));
    }

    @Test
    void failuresAreRethrownAsTheyWere() {
        List<BackgroundTask<String>> bad = List.of(context -> {
            throw new IllegalArgumentException("no such host");
        });
        assertEquals("no such host", assertThrows(IllegalArgumentException.class,
                () -> ParallelTasks.runAll(bad, pool, 1, TaskContext.NONE)).getMessage());
        List<BackgroundTask<String>> io = List.of(context -> {
            throw new IOException("disk full");
        });
        assertEquals("disk full", assertThrows(UncheckedIOException.class,
                () -> ParallelTasks.runAll(io, pool, 1, TaskContext.NONE)).getCause().getMessage());
    }

    @Test
    void aFailureStopsThePiecesStillToCome() {
        AtomicInteger started = new AtomicInteger();
        List<BackgroundTask<Integer>> tasks = new ArrayList<>();
        tasks.add(context -> {
            throw new IllegalStateException("first piece broke");
        });
        for (int i = 0; i < 50; i++) {
            tasks.add(context -> started.incrementAndGet());
        }
        assertThrows(IllegalStateException.class, () -> ParallelTasks.runAll(tasks, pool, 1, TaskContext.NONE));
        assertEquals(0, started.get(), "with one worker, nothing after the failure runs");
    }

    @Test
    void reportsEveryPieceDoneInOrder() {
        List<Integer> seen = new ArrayList<>();
        List<BackgroundTask<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            int n = i;
            tasks.add(context -> n * n);
        }
        List<Integer> squares = ParallelTasks.runAll(tasks, pool, 2,
                TaskContext.reportingTo((done, total) -> {
                    synchronized (seen) {
                        seen.add(done);
                    }
                    assertEquals(7, total);
                }));
        assertEquals(List.of(0, 1, 4, 9, 16, 25, 36), squares);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), seen);
    }

    @Test
    void tasksThatFanOutOntoTheirOwnFullPoolFinish() throws Exception {
        // Both pool threads run an outer task that waits on pieces for the same pool: with plain futures this
        // deadlocks; here each outer task does its own pieces while its helpers sit in the queue.
        CountDownLatch bothOuterRunning = new CountDownLatch(2);
        List<TaskHandle<Integer>> outer = new ArrayList<>();
        for (int o = 0; o < 2; o++) {
            outer.add(pool.submit(context -> {
                bothOuterRunning.countDown();
                bothOuterRunning.await();
                List<BackgroundTask<Integer>> pieces = new ArrayList<>();
                for (int i = 1; i <= 100; i++) {
                    int n = i;
                    pieces.add(piece -> n);
                }
                return ParallelTasks.runAll(pieces, pool, 4, context).stream().mapToInt(Integer::intValue).sum();
            }, ProgressListener.NONE));
        }
        for (TaskHandle<Integer> handle : outer) {
            assertEquals(5050, handle.result().get(30, TimeUnit.SECONDS));
        }
    }

    @Test
    void aCancelledParentRunsNoMorePieces() {
        AtomicInteger ran = new AtomicInteger();
        boolean[] cancelled = {false};
        TaskContext parent = new TaskContext() {
            @Override
            public void progress(int done, int total) {
                cancelled[0] = done == 3;
            }

            @Override
            public boolean isCancelled() {
                return cancelled[0];
            }
        };
        List<BackgroundTask<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            tasks.add(context -> ran.incrementAndGet());
        }
        assertThrows(CancellationException.class, () -> ParallelTasks.runAll(tasks, new DirectTaskExecutor(), 1,
                parent));
        assertEquals(3, ran.get());
        assertTrue(cancelled[0]);
    }
}

package dev.spinup.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.spinup.run.task.DirectTaskExecutor;
import dev.spinup.run.task.LatestRequest;
import dev.spinup.run.task.ProcessTaskExecutor;
import dev.spinup.run.task.ProgressListener;
import dev.spinup.run.task.TaskHandle;
import dev.spinup.scenario.Arrival;
import dev.spinup.scenario.Scenario;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Runs and sweeps as cancellable tasks on the process pool: what the app's slider relies on. */
class RunCancellationTest {

    /** Comfortably more than the 100 ms aim (a shared machine may pause a thread), far less than the sweep. */
    private static final long CANCEL_BOUND_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final ProcessTaskExecutor pool = new ProcessTaskExecutor(2, "spinup-cancel-test");

    @AfterEach
    void stopPool() {
        pool.shutdown();
    }

    private static Scenario storm(int instances) {
        return TestScenarios.scenario(List.of(TestScenarios.DOCKER, TestScenarios.KVM), instances,
                new Arrival.AllAtOnce(), 2, List.of(), true);
    }

    @Test
    void cancellingALongSweepStopsEverySimulationPromptly() throws Exception {
        CountDownLatch firstPointDone = new CountDownLatch(1);
        int[] lastProgress = {0, 0};
        Sweep sweep = new Sweep(new RunOptions(2, ProgressListener.NONE, pool));
        // 40 points × 2 stacks × 2 replications of a storm: many seconds of simulation on two threads.
        TaskHandle<SweepResult> handle = pool.submit(sweep.task("instances", SweepRange.parse("3000..4000", 40,
                false), (parameter, value) -> storm(Integer.parseInt(value))), (done, total) -> {
                    lastProgress[0] = done;
                    lastProgress[1] = total;
                    firstPointDone.countDown();
                });
        assertTrue(firstPointDone.await(60, TimeUnit.SECONDS), "the sweep reports progress");

        long cancelledAt = System.nanoTime();
        handle.cancel();
        assertThrows(CancellationException.class, () -> handle.result().get(30, TimeUnit.SECONDS));
        long elapsed = System.nanoTime() - cancelledAt;

        assertTrue(elapsed < CANCEL_BOUND_NANOS, "cancelled in " + elapsed / 1_000_000 + " ms");
        assertEquals(160, lastProgress[1], "progress counts every simulation of the sweep");
        assertTrue(lastProgress[0] < 160, "the sweep was stopped, not finished: " + lastProgress[0]);
        assertTrue(!isSimulating(), "no thread is still simulating once the result says cancelled");
        assertTrue(poolThreads() <= 2, "one pool of two threads, no new pool per call");
    }

    @Test
    void aRunIsCancellableTooAndTheNoContextEntryPointStillWorks() throws Exception {
        Runner runner = new Runner(new RunOptions(2, ProgressListener.NONE, pool));
        CountDownLatch firstArmDone = new CountDownLatch(1);
        TaskHandle<RunResult> handle = pool.submit(runner.task(storm(20_000).withReplications(8)),
                (done, total) -> firstArmDone.countDown());
        assertTrue(firstArmDone.await(60, TimeUnit.SECONDS));
        handle.cancel();
        assertThrows(CancellationException.class, () -> handle.result().get(30, TimeUnit.SECONDS));
        assertTrue(!isSimulating());

        RunResult plain = runner.run(TestScenarios.hello());
        assertEquals(2, plain.arms().size());
    }

    @Test
    void aSupersededRunIsNeverDelivered() {
        List<Runnable> uiThread = new ArrayList<>();
        List<Integer> delivered = new ArrayList<>();
        DirectTaskExecutor direct = new DirectTaskExecutor();
        Runner runner = new Runner(new RunOptions(1, ProgressListener.NONE, direct));
        LatestRequest<RunResult> slider = new LatestRequest<>(direct, uiThread::add);
        for (int instances : new int[] {1, 2, 3}) {
            slider.submit(runner.task(storm(instances).withReplications(1)),
                    result -> delivered.add(result.arms().get(0).instances().size()),
                    failure -> delivered.add(-1));
        }
        uiThread.forEach(Runnable::run);
        assertEquals(List.of(3), delivered, "only the last position of the slider is shown");
    }

    @Test
    void runsGiveTheSameResultOnThePoolAndOnTheCallersThread() {
        Scenario scenario = storm(200);
        RunResult pooled = new Runner(new RunOptions(2, ProgressListener.NONE, pool)).run(scenario);
        RunResult direct = new Runner(new RunOptions(2, ProgressListener.NONE, new DirectTaskExecutor()))
                .run(scenario);
        for (int a = 0; a < 2; a++) {
            assertEquals(pooled.arms().get(a).replications(), direct.arms().get(a).replications());
        }
    }

    private static boolean isSimulating() {
        for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
            if (Arrays.stream(thread.getValue()).anyMatch(f -> f.getClassName().equals(ArmRun.class.getName()))) {
                return true;
            }
        }
        return false;
    }

    private static long poolThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("spinup-cancel-test")).count();
    }
}

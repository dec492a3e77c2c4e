package dev.spinup.run;

import dev.spinup.engine.random.RandomStreams;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a scenario: for every stack, the same hardware, workload and timeline, with the same seed (so the arms
 * draw common random numbers), once per replication. The first replication keeps every detail; the others
 * keep their summaries for confidence intervals. Simulations run side by side on a thread pool; results do not
 * depend on the number of threads or the order they finish in.
 */
public final class Runner {

    private final RunOptions options;

    public Runner(RunOptions options) {
        this.options = options;
    }

    public Runner() {
        this(RunOptions.DEFAULT);
    }

    public RunResult run(Scenario scenario) {
        List<StackChoice> stacks = scenario.stacks();
        int replications = scenario.replications();
        int total = stacks.size() * replications;
        AtomicInteger done = new AtomicInteger();
        List<List<Future<ArmRun.Outcome>>> futures = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(options.threads(), total), runnable -> {
            Thread thread = new Thread(runnable, "spinup-run");
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (StackChoice stack : stacks) {
                List<Future<ArmRun.Outcome>> arm = new ArrayList<>();
                for (int r = 0; r < replications; r++) {
                    long seed = replicationSeed(scenario.seed(), r);
                    boolean detail = r == 0;
                    arm.add(pool.submit(() -> {
                        ArmRun.Outcome outcome = new ArmRun(scenario, stack, seed, detail).run();
                        options.progress().progressed(done.incrementAndGet(), total);
                        return outcome;
                    }));
                }
                futures.add(arm);
            }
            List<ArmResult> arms = new ArrayList<>();
            for (int s = 0; s < stacks.size(); s++) {
                arms.add(collect(stacks.get(s), scenario.seed(), futures.get(s)));
            }
            return new RunResult(scenario, arms);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Replication 0 uses the scenario's own seed; the others get seeds derived from it by index. */
    static long replicationSeed(long seed, int replication) {
        return replication == 0 ? seed
                : new RandomStreams(seed).stream("replications").substream(replication).nextLong();
    }

    private static ArmResult collect(StackChoice stack, long seed, List<Future<ArmRun.Outcome>> futures) {
        List<ArmSummary> summaries = new ArrayList<>();
        ArmRun.Detail detail = null;
        for (Future<ArmRun.Outcome> future : futures) {
            ArmRun.Outcome outcome = await(future);
            summaries.add(outcome.summary());
            if (detail == null && outcome.detail().isPresent()) {
                detail = outcome.detail().get();
            }
        }
        if (detail == null) {
            throw new IllegalStateException("the first replication keeps its detail");
        }
        return new ArmResult(stack, seed, detail.instances(), detail.nodeVms(), detail.hosts(), detail.trace(),
                detail.actions(), detail.readyOverTime(), detail.endNanos(), summaries);
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }
}

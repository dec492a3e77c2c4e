package dev.spinup.run;

import dev.spinup.engine.random.RandomStreams;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        List<Callable<ArmRun.Outcome>> tasks = new ArrayList<>(total);
        for (StackChoice stack : stacks) {
            for (int r = 0; r < replications; r++) {
                long seed = replicationSeed(scenario.seed(), r);
                boolean detail = r == 0;
                tasks.add(() -> {
                    ArmRun.Outcome outcome = new ArmRun(scenario, stack, seed, detail).run();
                    options.progress().progressed(done.incrementAndGet(), total);
                    return outcome;
                });
            }
        }
        List<ArmRun.Outcome> outcomes = TaskPool.runAll(tasks, options.threads(), "spinup-run");
        List<ArmResult> arms = new ArrayList<>();
        for (int s = 0; s < stacks.size(); s++) {
            arms.add(collect(stacks.get(s), scenario.seed(),
                    outcomes.subList(s * replications, (s + 1) * replications)));
        }
        return new RunResult(scenario, arms);
    }

    /** Replication 0 uses the scenario's own seed; the others get seeds derived from it by index. */
    static long replicationSeed(long seed, int replication) {
        return replication == 0 ? seed
                : new RandomStreams(seed).stream("replications").substream(replication).nextLong();
    }

    private static ArmResult collect(StackChoice stack, long seed, List<ArmRun.Outcome> outcomes) {
        List<ArmSummary> summaries = new ArrayList<>();
        for (ArmRun.Outcome outcome : outcomes) {
            summaries.add(outcome.summary());
        }
        ArmRun.Detail detail = outcomes.get(0).detail().orElseThrow(() ->
                new IllegalStateException("the first replication keeps its detail"));
        return new ArmResult(stack, seed, detail.instances(), detail.nodeVms(), detail.hosts(), detail.trace(),
                detail.actions(), detail.readyOverTime(), detail.endNanos(), summaries);
    }
}

package dev.spinup.run;

import dev.spinup.engine.random.RandomStreams;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import dev.spinup.scenario.WorkBudget;
import dev.spinup.run.task.BackgroundTask;
import dev.spinup.run.task.ParallelTasks;
import dev.spinup.run.task.TaskContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a scenario: for every stack, the same hardware, workload and timeline, with the same seed (so the arms
 * draw common random numbers), once per replication. The first replication keeps every detail (past
 * {@link WorkBudget#MAX_DETAILED_INSTANCES} instances × stacks, summaries and series only: {@link Recording}); the
 * others keep their summaries for confidence intervals. Simulations run side by side on the options' executor; results
 * do not depend on the number of threads or the order they finish in. A run given a {@link TaskContext} reports
 * each finished simulation to it and stops within a few milliseconds of its cancellation.
 */
public final class Runner {

    private final RunOptions options;

    public Runner(RunOptions options) {
        this.options = options;
    }

    public Runner() {
        this(RunOptions.DEFAULT);
    }

    /** Runs to the end, reporting progress to the options' listener. */
    public RunResult run(Scenario scenario) {
        return run(scenario, TaskContext.reportingTo(options.progress()));
    }

    /**
     * Runs until done or cancelled (then throws {@link java.util.concurrent.CancellationException}, with no
     * simulation left running); progress is simulations done of all.
     */
    public RunResult run(Scenario scenario, TaskContext context) {
        List<StackChoice> stacks = scenario.stacks();
        int replications = scenario.replications();
        Recording recording = WorkBudget.of(scenario).keepsFullDetail() ? Recording.FULL
                : Recording.SUMMARIES_AND_SERIES;
        Recorder.Keep first = recording == Recording.FULL ? Recorder.Keep.EVERYTHING : Recorder.Keep.SERIES;
        List<BackgroundTask<ArmRun.Outcome>> tasks = new ArrayList<>(stacks.size() * replications);
        for (StackChoice stack : stacks) {
            for (int r = 0; r < replications; r++) {
                long seed = replicationSeed(scenario.seed(), r);
                Recorder.Keep keep = r == 0 ? first : Recorder.Keep.NOTHING;
                tasks.add(piece -> new ArmRun(scenario, stack, seed, keep, options.driver()).run(piece));
            }
        }
        List<ArmRun.Outcome> outcomes = ParallelTasks.runAll(tasks, options.executor(), options.threads(), context);
        List<ArmResult> arms = new ArrayList<>();
        for (int s = 0; s < stacks.size(); s++) {
            arms.add(collect(stacks.get(s), scenario.seed(),
                    outcomes.subList(s * replications, (s + 1) * replications)));
        }
        return new RunResult(scenario, arms, recording);
    }

    /** The run as a task to submit to a {@link dev.spinup.run.task.TaskExecutor}. */
    public BackgroundTask<RunResult> task(Scenario scenario) {
        return context -> run(scenario, context);
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
                detail.actions(), detail.readyOverTime(), detail.endNanos(), summaries, detail.registries(),
                outcomes.get(0).eventsFired(), detail.cluster(), detail.steadyState());
    }
}

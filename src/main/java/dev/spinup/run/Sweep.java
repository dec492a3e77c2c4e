package dev.spinup.run;

import dev.spinup.engine.stats.ConfidenceInterval;
import dev.spinup.run.task.BackgroundTask;
import dev.spinup.run.task.ParallelTasks;
import dev.spinup.run.task.TaskContext;
import dev.spinup.scenario.Scenario;
import dev.spinup.scenario.StackChoice;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Varies one parameter over a range and collects every stack's summary figures per value, running all the
 * simulations (values × stacks × replications) side by side; the result is the same whatever the thread count.
 * Given a {@link TaskContext}, it reports simulations done and stops within milliseconds of a cancellation.
 */
public final class Sweep {

    private static final double CONFIDENCE = 0.95;

    private final RunOptions options;

    public Sweep(RunOptions options) {
        this.options = options;
    }

    /** Runs to the end, reporting progress to the options' listener. */
    public SweepResult run(String parameter, SweepRange range, ScenarioVariants variants) {
        return run(SweptQuantity.of(parameter), range, variants, TaskContext.reportingTo(options.progress()));
    }

    /** The sweep as a task to submit to a {@link dev.spinup.run.task.TaskExecutor}. */
    public BackgroundTask<SweepResult> task(String parameter, SweepRange range, ScenarioVariants variants) {
        return task(SweptQuantity.of(parameter), range, variants);
    }

    /** The sweep of a quantity named from its lesson ({@link SweptQuantity#of(String, Scenario)}), as a task. */
    public BackgroundTask<SweepResult> task(SweptQuantity quantity, SweepRange range, ScenarioVariants variants) {
        return context -> run(quantity, range, variants, context);
    }

    /** Runs until done or cancelled (then throws {@link java.util.concurrent.CancellationException}). */
    public SweepResult run(String parameter, SweepRange range, ScenarioVariants variants, TaskContext context) {
        return run(SweptQuantity.of(parameter), range, variants, context);
    }

    /** Runs until done or cancelled (then throws {@link java.util.concurrent.CancellationException}). */
    public SweepResult run(SweptQuantity quantity, SweepRange range, ScenarioVariants variants, TaskContext context) {
        List<Scenario> scenarios = new ArrayList<>();
        for (SweepRange.SweepValue value : range.values()) {
            scenarios.add(variants.with(quantity.path(), value.text()));
        }
        Scenario first = scenarios.get(0);
        int stacks = first.stacks().size();
        int total = 0;
        for (Scenario s : scenarios) {
            if (s.stacks().size() != stacks) {
                throw new IllegalArgumentException("a sweep may not change the stacks compared");
            }
            total += stacks * s.replications();
        }
        List<BackgroundTask<ArmSummary>> tasks = new ArrayList<>(total);
        for (Scenario scenario : scenarios) {
            for (StackChoice stack : scenario.stacks()) {
                for (int r = 0; r < scenario.replications(); r++) {
                    long seed = Runner.replicationSeed(scenario.seed(), r);
                    tasks.add(piece -> new ArmRun(scenario, stack, seed, Recorder.Keep.NOTHING, options.driver()).run(piece).summary());
                }
            }
        }
        List<ArmSummary> summaries = ParallelTasks.runAll(tasks, options.executor(), options.threads(), context);
        List<SweepResult.Point> points = new ArrayList<>();
        int next = 0;
        for (int v = 0; v < scenarios.size(); v++) {
            List<Map<Metric, ConfidenceInterval>> byStack = new ArrayList<>();
            int replications = scenarios.get(v).replications();
            for (int s = 0; s < stacks; s++) {
                byStack.add(intervals(summaries.subList(next, next + replications)));
                next += replications;
            }
            points.add(new SweepResult.Point(range.values().get(v), byStack));
        }
        return new SweepResult(quantity, range, first.stacks().stream().map(StackChoice::id).toList(),
                quantity.labels(first.stacks().stream().map(StackChoice::label).toList(), range), points);
    }

    private static Map<Metric, ConfidenceInterval> intervals(List<ArmSummary> summaries) {
        Map<Metric, ConfidenceInterval> out = new EnumMap<>(Metric.class);
        for (Metric metric : Metric.values()) {
            double[] values = summaries.stream().mapToDouble(s -> s.value(metric)).filter(Double::isFinite)
                    .toArray();
            if (values.length > 0) {
                out.put(metric, ConfidenceInterval.of(values, CONFIDENCE));
            }
        }
        return out;
    }
}
